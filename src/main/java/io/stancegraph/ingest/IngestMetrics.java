package io.stancegraph.ingest;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Ingestion as operators watch it: articles stored or already present, statements extracted, time per article. */
@ApplicationScoped
public class IngestMetrics {

    private final Counter created;
    private final Counter alreadyStored;
    private final Counter statements;
    private final Timer duration;

    public IngestMetrics(MeterRegistry registry) {
        created = Counter.builder("stancegraph.ingest.articles").tag("outcome", "created")
                .description("Articles ingested").register(registry);
        alreadyStored = Counter.builder("stancegraph.ingest.articles").tag("outcome", "already_stored")
                .description("Articles ingested").register(registry);
        statements = Counter.builder("stancegraph.ingest.statements").description("Statements extracted and stored")
                .register(registry);
        duration = Timer.builder("stancegraph.ingest.duration").description("Time to read, extract and store one article")
                .register(registry);
    }

    void recorded(IngestResult result, long nanos) {
        (result.created() ? created : alreadyStored).increment();
        statements.increment(result.statementsExtracted());
        duration.record(nanos, TimeUnit.NANOSECONDS);
    }
}
