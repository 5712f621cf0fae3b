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

    @Parameters(arity = "1..*", paramLabel = "DIR_OR_FILE", description = "Article files, or directories of them.")
    List<String> inputs;

    /** Runs {@code stancegraph import} with these arguments: the summary on {@code out}, the progress bar on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return StancegraphCommand.executeSubcommand(out, err, "import", args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        String service = url.replaceAll("/+$", "");
        List<Path> files = ArticleFiles.expand(inputs);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int created = 0;
        int present = 0;
        int statements = 0;
        List<String> failures = new ArrayList<>();
        IOException unreachable = null;
        try (ProgressBar progress = new ProgressBarBuilder().setTaskName("import").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build()) {
            for (Path file : files) {
                progress.setExtraMessage(file.getFileName().toString());
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
                HttpRequest request = builder
                        .header("Content-Type", name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException e) {
                    unreachable = e;
                    break;
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
                progress.step();
            }
            progress.setExtraMessage("");
        }
        if (unreachable != null) {
            err.println("cannot reach " + service + ": "
                    + (unreachable.getMessage() != null ? unreachable.getMessage() : unreachable.getClass().getSimpleName()));
            return 1;
        }
        out.printf(Locale.ROOT, "%d files: %d stored (%d statements extracted), %d already stored, %d failed%n",
                files.size(), created, statements, present, failures.size());
        failures.forEach(failure -> out.println("  skipped " + failure));
        return failures.isEmpty() ? 0 : 1;
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
