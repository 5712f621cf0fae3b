package io.stancegraph.ingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancegraph.extraction.ActorRegistry;
import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.extraction.Extraction;
import io.stancegraph.extraction.Speaker;
import io.stancegraph.extraction.StatementExtractor;
import io.stancegraph.extraction.UnreadableArticleException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the statements of article files as JSON Lines, one statement per line, with the gold file's field names,
 * and the rule that decided each statement's speakers ({@code speaker_rule}).
 * Usage: ExtractCommand [--actors registry.json] FILE_OR_DIR...
 */
public final class ExtractCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractCommand() {
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>();
        ActorRegistry registry = ActorRegistry.EMPTY;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--actors") && i + 1 < args.length) {
                registry = RegistryFile.load(Path.of(args[++i]));
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.println("usage: ExtractCommand [--actors registry.json] FILE_OR_DIR...");
                return;
            } else {
                inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: ExtractCommand [--actors registry.json] FILE_OR_DIR...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line : extract(ArticleFiles.expand(inputs), registry, System.err)) {
            out.println(line);
        }
    }

    /** Extracts every file and returns the JSON lines; unreadable files are reported on {@code err}. */
    static List<String> extract(List<Path> files, ActorRegistry registry, PrintStream err) throws IOException {
        ArticleReaders readers = new ArticleReaders();
        StatementExtractor extractor = new StatementExtractor();
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            ArticleText article;
            try {
                article = ArticleFiles.read(readers, file);
            } catch (UnreadableArticleException e) {
                err.println(file + ": " + e.getMessage());
                continue;
            }
            Extraction extraction = extractor.extract(article, registry);
            for (ExtractedStatement s : extraction.statements()) {
                lines.add(JSON.writeValueAsString(toJson(ArticleFiles.articleId(file), s)));
            }
        }
        return lines;
    }

    static ObjectNode toJson(String article, ExtractedStatement s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article", article);
        o.put("kind", s.kind().name());
        ArrayNode speakers = o.putArray("speakers");
        for (Speaker sp : s.speakers()) {
            speakers.add(sp.name());
        }
        o.put("speaker_rule", s.speakerRule());
        o.put("text", s.text());
        o.put("cue", s.cue());
        o.put("paragraph", s.paragraph());
        ArrayNode span = o.putArray("span");
        span.add(s.start());
        span.add(s.end());
        if (s.saidOn() != null) {
            o.put("saidOn", s.saidOn().iso());
        }
        if (s.event() != null) {
            o.put("event", s.event());
        }
        if (s.medium() != null) {
            o.put("medium", s.medium());
        }
        return o;
    }
}
