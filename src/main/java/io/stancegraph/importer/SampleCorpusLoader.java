package io.stancegraph.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.stancegraph.article.Article;

/** Loads the bundled sample corpus at start when the database holds no articles yet. */
@Singleton
public class SampleCorpusLoader {

    static final String SAMPLE = "sample/sample-corpus.jsonl";
    private static final Logger LOG = Logger.getLogger(SampleCorpusLoader.class);

    private final CorpusImporter importer;
    private final boolean load;

    public SampleCorpusLoader(CorpusImporter importer, @ConfigProperty(name = "stancegraph.sample.load") boolean load) {
        this.importer = importer;
        this.load = load;
    }

    void onStart(@Observes StartupEvent start) {
        if (load && Article.count() == 0) {
            ImportSummary summary = loadSample();
            LOG.infof("Sample corpus loaded: %d records (%s)", summary.created(), String.join(", ", summary.createdByType()));
        }
    }

    public ImportSummary loadSample() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the application");
            }
            return importer.importLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    PositionSigner.BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
