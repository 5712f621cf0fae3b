package io.stancegraph.tools.synthetic;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own with no sample corpus, for the generate command to fill. */
public class SyntheticDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "synthetic");
    }
}
