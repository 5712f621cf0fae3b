package io.stancegraph.ingest.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end ingestion throughput: posts distinct articles to a running service (each a seed article with a
 * paragraph of its own, so every one is new and fully extracted and stored) and reports articles per second.
 * <pre>
 * IngestionBenchmark --url http://localhost:8080 --articles N --concurrency C SEED_DIR
 * </pre>
 */
public final class IngestionBenchmark {

    private IngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080";
        int count = 1000;
        int concurrency = 4;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--articles" -> count = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        List<String> seeds = new ArrayList<>();
        for (Path file : ArticleFiles.expand(inputs)) {
            seeds.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles given");
        }
        HttpClient http = HttpClient.newHttpClient();
        String endpoint = url + "/articles?outlet=Benchmark%20Gazette";
        String run = Long.toString(System.nanoTime(), 36);
        // Warm-up, then the timed run.
        post(http, endpoint, seeds, run + "w", Math.min(200, count), concurrency);
        long start = System.nanoTime();
        int stored = post(http, endpoint, seeds, run, count, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "ingested %d articles in %.2f s at concurrency %d: %.1f articles/s%n", stored,
                seconds, concurrency, stored / seconds);
    }

    private static int post(HttpClient http, String endpoint, List<String> seeds, String run, int count,
            int concurrency) throws Exception {
        AtomicInteger stored = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = seeds.get(i % seeds.size()) + "\n\nReference " + run + "-" + i + ".\n";
                pending.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IOException("ingestion answered " + response.statusCode() + ": " + response.body());
                    }
                    stored.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return stored.get();
    }
}
