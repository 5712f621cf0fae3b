package io.stancegraph.ingest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own, empty of curated data, so everything in it came through ingestion. */
public class IngestedCorpusProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "ingested");
    }
}
