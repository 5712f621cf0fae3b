package io.stancegraph.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stancegraph.extraction.ActorNameCleanup;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints the statements of article files as JSON Lines, one statement per line, with the gold file's field names,
 * and the rule that decided each statement's speakers ({@code speaker_rule}). Speakers are named as the service stores
 * them, after {@link ActorNameCleanup}, unless the names the rules found are asked for.
 */
@Command(name = "extract", description = "Prints the statements of article files (seed .txt, plain .txt, .html) as "
        + "JSON Lines with the gold file's field names; no database.")
public final class ExtractCommand extends ToolCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--actors", paramLabel = "REGISTRY_JSON", description = "Known actors, their aliases and offices.")
    Path actors;

    @Option(names = "--names-as-found", description = "Speakers as the rules named them, before the clean-up the "
            + "service applies when it stores them (role words, legal forms, lone surnames, words that name no actor).")
    boolean namesAsFound;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Article files, or directories of them.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        ActorRegistry registry = actors != null ? RegistryFile.load(actors) : ActorRegistry.EMPTY;
        for (String line : extract(ArticleFiles.expand(inputs), registry, !namesAsFound, err)) {
            out.println(line);
        }
        return 0;
    }

    /**
     * Extracts every file and returns the JSON lines, the speakers as the service stores them when {@code asStored};
     * unreadable files are reported on {@code err}.
     */
    static List<String> extract(List<Path> files, ActorRegistry registry, boolean asStored, PrintStream err)
            throws IOException {
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
            Extraction found = extractor.extract(article, registry);
            Extraction extraction = asStored ? ActorNameCleanup.tidy(found) : found;
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
        if (s.speakerDescription() != null) {
            o.put("speaker_description", s.speakerDescription());
        }
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
