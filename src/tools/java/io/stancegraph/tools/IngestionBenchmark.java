package io.stancegraph.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * End-to-end ingestion throughput: posts distinct articles to a running service (each a seed article with a
 * paragraph of its own, so every one is new and fully extracted and stored) and reports articles per second.
 */
@Command(name = "bench-ingest", description = "End-to-end ingestion throughput: posts distinct articles to a running "
        + "service and reports articles per second.")
public final class IngestionBenchmark extends ToolCommand {

    @Option(names = "--url", defaultValue = "http://localhost:8080", paramLabel = "URL", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N", description = "Articles in the timed run (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "C", description = "Requests at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Parameters(arity = "1..*", paramLabel = "SEED_DIR", description = "Seed articles, each sent with a paragraph of its own.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (Path file : ArticleFiles.expand(inputs)) {
            seeds.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (seeds.isEmpty()) {
            err.println("no seed articles in " + inputs);
            return 2;
        }
        // The generator shares the machine with the service: a plain blocking HTTP/1.1 client with keep-alive (one
        // connection per worker) costs it far less CPU than an asynchronous HTTP/2 one.
        System.setProperty("http.maxConnections", Integer.toString(Math.max(5, concurrency)));
        URL endpoint = URI.create(url + "/articles?outlet=Benchmark%20Gazette").toURL();
        String run = Long.toString(System.nanoTime(), 36);
        // Warm-up, then the timed run.
        post(endpoint, seeds, run + "w", Math.min(200, count), concurrency);
        long start = System.nanoTime();
        int stored = post(endpoint, seeds, run, count, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "ingested %d articles in %.2f s at concurrency %d: %.1f articles/s%n", stored,
                seconds, concurrency, stored / seconds);
        return 0;
    }

    private static int post(URL endpoint, List<String> seeds, String run, int count, int concurrency)
            throws Exception {
        AtomicInteger stored = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = seeds.get(i % seeds.size()) + "\n\nReference " + run + "-" + i + ".\n";
                pending.add(pool.submit(() -> {
                    send(endpoint, body.getBytes(StandardCharsets.UTF_8));
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

    private static void send(URL endpoint, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
        connection.setRequestProperty("X-Requested-With", "stancegraph-bench");
        String token = System.getenv("STANCEGRAPH_TOKEN");
        if (token != null && !token.isBlank()) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        // Reading the response to its end returns the connection to the keep-alive pool.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            String response = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 201) {
                throw new IOException("ingestion answered " + status + ": " + response);
            }
        }
    }
}
