package io.stancegraph.tools;

import io.stancegraph.extraction.ActorRegistry;
import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.StatementExtractor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Single-threaded extraction throughput over already-read articles (reading and decoding files is not timed).
 * Whole passes over the article list are timed, so every article weighs the same. Besides wall-clock rates it
 * prints the rate per second of this thread's CPU time, which is the steadier figure on a busy machine.
 */
@Command(name = "bench-extract", description = "Single-threaded extraction throughput over already-read articles, "
        + "by wall clock and by this thread's CPU time.")
public final class ExtractionBenchmark extends ToolCommand {
    private static final String DEFAULT_INPUT = "src/main/resources/sample/articles";

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "N", description = "Timed seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "N", description = "Warm-up seconds (default: ${DEFAULT-VALUE}).")
    double warmUpSeconds;

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR", description = "Articles (default: " + DEFAULT_INPUT + ").")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (seconds < 5) {
            err.println("note: timed runs shorter than 5 s are noisy");
        }
        if (inputs.isEmpty()) {
            inputs.add(DEFAULT_INPUT);
        }
        ArticleReaders readers = new ArticleReaders();
        List<ArticleText> articles = new ArrayList<>();
        long passBytes = 0;
        for (Path p : ArticleFiles.expand(inputs)) {
            ArticleText article = ArticleFiles.read(readers, p);
            articles.add(article);
            passBytes += article.body().getBytes(StandardCharsets.UTF_8).length;
        }
        if (articles.isEmpty()) {
            err.println("no articles found in " + inputs);
            return 2;
        }
        StatementExtractor extractor = new StatementExtractor();
        long checksum = runFor(extractor, articles, (long) (warmUpSeconds * 1e9))[1];

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long[] result = runFor(extractor, articles, (long) (seconds * 1e9));
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = cpuTimed ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
        long passes = result[0];
        long count = passes * articles.size();
        double megabytes = passes * passBytes / 1e6;
        out.printf(Locale.ROOT, "%d articles (%d per pass, %.1f KB of body text per pass), single thread%n",
                count, articles.size(), passBytes / 1e3);
        out.printf(Locale.ROOT, "wall %.2f s: %.0f articles/s, %.2f MB/s%n", wall, count / wall,
                megabytes / wall);
        if (cpuTimed) {
            out.printf(Locale.ROOT, "cpu  %.2f s: %.0f articles/s, %.2f MB/s%n", cpu, count / cpu,
                    megabytes / cpu);
        }
        out.printf(Locale.ROOT, "(checksum %d)%n", checksum + result[1]);
        return 0;
    }

    /** Whole passes until the time is up; returns {passes, statements found} (the count keeps the work live). */
    private static long[] runFor(StatementExtractor extractor, List<ArticleText> articles, long nanos) {
        long passes = 0;
        long statements = 0;
        long end = System.nanoTime() + nanos;
        do {
            for (ArticleText a : articles) {
                statements += extractor.extract(a, ActorRegistry.EMPTY).statements().size();
            }
            passes++;
        } while (System.nanoTime() < end);
        return new long[]{passes, statements};
    }
}
