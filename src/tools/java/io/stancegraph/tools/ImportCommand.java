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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports a directory of articles (seed format, plain text, HTML) into a running Stancegraph service through its
 * REST API, one transaction per article: a bad file is reported by name and skipped, and nothing of it is stored.
 * <pre>
 * ImportCommand [--url http://localhost:8080] [--outlet NAME] [--published-on YYYY-MM-DD] DIR_OR_FILE...
 * </pre>
 * Exit code 0 when every file was stored or already present, 1 when some failed, 2 on bad usage.
 */
public final class ImportCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String url = "http://localhost:8080";
        String outlet = null;
        String publishedOn = null;
        String token = System.getenv("STANCEGRAPH_TOKEN");
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i].replaceAll("/+$", "");
                case "--outlet" -> outlet = args[++i];
                case "--published-on" -> publishedOn = args[++i];
                case "--token" -> token = args[++i];
                default -> inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            err.println("usage: import [--url URL] [--token TOKEN (default: $STANCEGRAPH_TOKEN)] [--outlet NAME] [--published-on YYYY-MM-DD] DIR_OR_FILE...");
            return 2;
        }
        List<Path> files = ArticleFiles.expand(inputs);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int created = 0;
        int present = 0;
        int statements = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress(err, i, files.size(), file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            StringBuilder query = new StringBuilder("?key=").append(encode(ArticleFiles.articleId(file)));
            if (outlet != null) {
                query.append("&outlet=").append(encode(outlet));
            }
            if (publishedOn != null) {
                query.append("&publishedOn=").append(encode(publishedOn));
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + "/articles" + query))
                    .timeout(Duration.ofMinutes(1))
                    // A header of the client's own: plain-text posts without one are refused as possible forgeries.
                    .header("X-Requested-With", "stancegraph-import");
            if (token != null && !token.isBlank()) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpRequest request = builder
                    .header("Content-Type", name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                err.println();
                err.println("cannot reach " + url + ": " + e.getMessage());
                return 1;
            }
            JsonNode body = parse(response.body());
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                if (body.path("created").asBoolean()) {
                    created++;
                } else {
                    present++;
                }
                statements += body.path("statementsExtracted").asInt();
            } else {
                failures.add(file.getFileName() + ": " + response.statusCode() + " "
                        + body.path("message").asText(response.body()));
            }
        }
        progress(err, files.size(), files.size(), null);
        err.println();
        out.printf(Locale.ROOT, "%d files: %d stored (%d statements extracted), %d already stored, %d failed%n",
                files.size(), created, statements, present, failures.size());
        failures.forEach(failure -> out.println("  skipped " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    private static void progress(PrintStream err, int done, int total, Path current) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), ".".repeat(width - filled), done, total,
                current == null ? "" : current.getFileName());
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
