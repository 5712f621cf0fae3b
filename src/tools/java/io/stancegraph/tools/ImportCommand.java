package io.stancegraph.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a directory of articles (seed format, plain text, HTML) into a running Stancegraph service through its
 * REST API, one transaction per article: a bad file is reported by name and skipped, and nothing of it is stored.
 * Exit code 0 when every file was stored or already present, 1 when some failed.
 */
@Command(name = "import", description = "Imports article files into a running service through its REST API, one "
        + "transaction per article, with a progress bar; a bad file is reported by name and skipped.")
public final class ImportCommand extends ToolCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--url", defaultValue = "http://localhost:8080", paramLabel = "URL", description = "The service (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:STANCEGRAPH_TOKEN}", description = "An API token or JWT with the ingest or editor role (default: $STANCEGRAPH_TOKEN).")
    String token;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The publication the articles come from.")
    String outlet;

    @Option(names = "--published-on", paramLabel = "YYYY-MM-DD", description = "Publication date of articles that carry none.")
    String publishedOn;

    @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N", description = "Articles sent at once, "
            + "each stored in its own transaction (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Parameters(arity = "1..*", paramLabel = "DIR_OR_FILE", description = "Article files, or directories of them.")
    List<String> inputs;

    /** Runs {@code stancegraph import} with these arguments: the summary on {@code out}, the progress bar on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return StancegraphCommand.executeSubcommand(out, err, "import", args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (concurrency < 1 || concurrency > 64) {
            err.println("--concurrency must be between 1 and 64");
            return 2;
        }
        String service = url.replaceAll("/+$", "");
        List<Path> files = ArticleFiles.expand(inputs);
        // HTTP/1.1 keep-alive connections: over plain HTTP the client would otherwise try an upgrade to HTTP/2 first.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger present = new AtomicInteger();
        AtomicInteger statements = new AtomicInteger();
        Map<Path, String> failures = new ConcurrentSkipListMap<>();
        AtomicReference<Throwable> unreachable = new AtomicReference<>();
        // Each article is its own transaction in the service, so several can be in flight; at most `concurrency`.
        Semaphore inFlight = new Semaphore(concurrency);
        long started = System.nanoTime();
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("import").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build()) {
            for (Path file : files) {
                inFlight.acquire();
                if (unreachable.get() != null) {
                    inFlight.release();
                    break;
                }
                http.sendAsync(request(service, file), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    try {
                        if (failure != null) {
                            unreachable.compareAndSet(null, failure);
                            return;
                        }
                        JsonNode body = parse(response.body());
                        if (response.statusCode() == 201 || response.statusCode() == 200) {
                            (body.path("created").asBoolean() ? created : present).incrementAndGet();
                            statements.addAndGet(body.path("statementsExtracted").asInt());
                        } else {
                            failures.put(file, file.getFileName() + ": " + response.statusCode() + " "
                                    + body.path("message").asText(response.body()));
                        }
                        progress.step();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            inFlight.acquire(concurrency); // the last answers
            progress.setExtraMessage("");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (unreachable.get() != null) {
            Throwable cause = unreachable.get() instanceof java.util.concurrent.CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : unreachable.get();
            err.println("cannot reach " + service + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()));
            return 1;
        }
        out.printf(Locale.ROOT, "%d files: %d stored (%d statements extracted), %d already stored, %d failed; "
                + "%.1f s, %.1f files/s%n", files.size(), created.get(), statements.get(), present.get(), failures.size(),
                seconds, files.size() / Math.max(seconds, 1e-9));
        failures.values().forEach(failure -> out.println("  skipped " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    private HttpRequest request(String service, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        StringBuilder query = new StringBuilder("?key=").append(encode(ArticleFiles.articleId(file)));
        if (outlet != null) {
            query.append("&outlet=").append(encode(outlet));
        }
        if (publishedOn != null) {
            query.append("&publishedOn=").append(encode(publishedOn));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service + "/articles" + query))
                .timeout(Duration.ofMinutes(1))
                // A header of the client's own: plain-text posts without one are refused as possible forgeries.
                .header("X-Requested-With", "stancegraph-import");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.header("Content-Type", name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
