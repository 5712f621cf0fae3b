package io.stancegraph.ingest.cli;

import io.stancegraph.ingest.extraction.ActorRegistry;
import io.stancegraph.ingest.extraction.ArticleReaders;
import io.stancegraph.ingest.extraction.ArticleText;
import io.stancegraph.ingest.extraction.StatementExtractor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warm-up then a timed single-threaded loop over the given articles; prints articles per second. */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = args.length == 0 ? List.of("/work/shared/corpus/seeds") : List.of(args);
        ArticleReaders readers = new ArticleReaders();
        List<ArticleText> articles = new ArrayList<>();
        for (Path p : ArticleFiles.expand(inputs)) {
            articles.add(ArticleFiles.read(readers, p));
        }
        StatementExtractor extractor = new StatementExtractor();
        long sink = 0;
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a, ActorRegistry.EMPTY).statements().size();
            }
        }
        int count = 0;
        long start = System.nanoTime();
        long end = start + 5_000_000_000L;
        while (System.nanoTime() < end) {
            for (ArticleText a : articles) {
                sink += extractor.extract(a, ActorRegistry.EMPTY).statements().size();
                count++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d articles in %.2f s: %.0f articles/s (checksum %d)%n", count, seconds,
                count / seconds, sink);
    }
}
