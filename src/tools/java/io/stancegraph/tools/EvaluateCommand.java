package io.stancegraph.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stancegraph.extraction.ActorRegistry;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scores predictions against gold statements (see the contract's Scoring section): predictions from a file, or from
 * extracting the articles. Exit code 1 when a floor is not met.
 */
@Command(name = "evaluate", description = "Scores extracted statements against gold ones: precision, recall, F1 and "
        + "attribution, overall and by kind; fails below the floors given.")
public final class EvaluateCommand extends ToolCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD_JSONL", description = "The gold statements; "
            + "repeat it to score several annotated sets as one.")
    List<Path> gold;

    @Option(names = "--predicted", paramLabel = "PREDICTED_JSONL", description = "Predicted statements, as extract prints them.")
    Path predicted;

    @Option(names = "--articles", arity = "1..*", paramLabel = "DIR_OR_FILE", description = "Articles to extract the predictions from.")
    List<String> articles = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "REGISTRY_JSON", description = "Known actors for the extraction.")
    Path actors;

    @Option(names = "--names-as-found", description = "With --articles: score the speakers as the rules named them, "
            + "before the clean-up the service applies when it stores them.")
    boolean namesAsFound;

    @Option(names = { "--verbose", "-v" }, description = "List misses, false positives and wrong speakers.")
    boolean verbose;

    @Option(names = "--min-f1-direct", paramLabel = "X", description = "Fail when DIRECT F1 is below X.")
    Double minDirect;

    @Option(names = "--min-f1-other", paramLabel = "X", description = "Fail when PARTIAL+INDIRECT F1 is below X.")
    Double minOther;

    @Option(names = "--min-attribution", paramLabel = "X", description = "Fail when overall attribution is below X.")
    Double minAttribution;

    @Option(names = "--by-rule", description = "Attribution of the matched statements by the rule that chose their speakers.")
    boolean byRule;

    @Option(names = "--confidence-table", paramLabel = "TSV", description = "Write each speaker rule's attribution "
            + "(smoothed; rules seen fewer than five times pooled with their speaker rule) as the extractor's confidence table.")
    Path confidenceTable;

    /** Runs {@code stancegraph evaluate} with these arguments, writing everything to {@code out}. */
    public static int run(String[] args, PrintStream out) {
        return StancegraphCommand.executeSubcommand(out, out, "evaluate", args);
    }

    @Override
    public Integer call() throws IOException {
        if (predicted == null && articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --predicted or --articles");
        }
        ActorRegistry registry = actors != null ? RegistryFile.load(actors) : ActorRegistry.EMPTY;
        List<Evaluator.Item> goldItems = new ArrayList<>();
        for (Path file : gold) {
            goldItems.addAll(parse(Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        List<String> predictedLines = predicted != null ? Files.readAllLines(predicted, StandardCharsets.UTF_8)
                : ExtractCommand.extract(ArticleFiles.expand(articles), registry, !namesAsFound, out);
        List<Evaluator.Item> predictedItems = parse(predictedLines);
        Evaluator.Result result = Evaluator.evaluate(goldItems, predictedItems);
        report(result, verbose, out);
        if (byRule) {
            reportByRule(result, out);
        }
        if (confidenceTable != null) {
            String source = gold.stream().map(Path::toString).collect(Collectors.joining(" and "));
            Files.writeString(confidenceTable, AttributionCalibration.table(result, source), StandardCharsets.UTF_8);
        }
        Evaluator.Scores direct = result.byKind(Set.of("DIRECT"));
        Evaluator.Scores other = result.byKind(Set.of("PARTIAL", "INDIRECT"));
        Evaluator.Scores all = result.overall();
        // Every floor is checked, so that one run reports each figure that falls short.
        boolean ok = reaches("DIRECT F1", direct.f1(), minDirect);
        ok &= reaches("PARTIAL+INDIRECT F1", other.f1(), minOther);
        ok &= reaches("attribution", all.attribution(), minAttribution);
        return ok ? 0 : 1;
    }

    static List<Evaluator.Item> parse(List<String> lines) throws IOException {
        List<Evaluator.Item> items = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Set<String> speakers = new LinkedHashSet<>();
            n.path("speakers").forEach(s -> speakers.add(s.asText()));
            items.add(new Evaluator.Item(n.path("article").asText(), n.path("kind").asText(), speakers,
                    n.path("text").asText(), n.path("paragraph").asInt(-1), n.path("speaker_rule").asText("")));
        }
        return items;
    }

    static void report(Evaluator.Result r, boolean verbose, PrintStream out) {
        out.println("slice                gold  pred  match  precision  recall     F1  attribution");
        line(out, "overall", r.overall());
        line(out, "DIRECT", r.byKind(Set.of("DIRECT")));
        line(out, "PARTIAL+INDIRECT", r.byKind(Set.of("PARTIAL", "INDIRECT")));
        line(out, "PARTIAL", r.byKind(Set.of("PARTIAL")));
        line(out, "INDIRECT", r.byKind(Set.of("INDIRECT")));
        out.println("(by kind: recall and attribution count gold statements of that kind, precision counts "
                + "predictions of that kind; a PARTIAL may match an INDIRECT and vice versa)");
        if (!verbose) {
            return;
        }
        out.println();
        out.println("MISSES (gold not matched):");
        for (Evaluator.Item g : r.misses()) {
            out.println("  " + describe(g));
        }
        out.println("FALSE POSITIVES (predicted not matched):");
        for (Evaluator.Item p : r.falsePositives()) {
            out.println("  " + describe(p));
        }
        out.println("WRONG SPEAKERS (matched, speakers differ):");
        for (Evaluator.Pair m : r.matches()) {
            if (!m.gold().speakers().equals(m.predicted().speakers())) {
                out.println("  " + describe(m.gold()) + "\n      predicted " + m.predicted().speakers());
            }
        }
    }

    private static void line(PrintStream out, String name, Evaluator.Scores s) {
        out.printf(Locale.ROOT, "%-18s %6d %5d %6d %10.3f %7.3f %6.3f %12.3f%n", name, s.gold(), s.predicted(),
                s.matchedGold(), s.precision(), s.recall(), s.f1(), s.attribution());
    }

    /** How often each speaker rule (with the rule that resolved the name) names the right speakers, over matched statements. */
    static void reportByRule(Evaluator.Result r, PrintStream out) {
        Map<String, int[]> byRule = new TreeMap<>();
        for (Evaluator.Pair m : r.matches()) {
            String rule = m.predicted().speakerRule().isEmpty() ? "(none)" : m.predicted().speakerRule();
            int[] counts = byRule.computeIfAbsent(rule, key -> new int[2]);
            counts[0]++;
            if (m.gold().speakers().equals(m.predicted().speakers())) {
                counts[1]++;
            }
        }
        out.println();
        out.println("speaker rule                      matched  right  attribution");
        byRule.forEach((rule, counts) -> out.printf(Locale.ROOT, "%-32s %8d %6d %12.3f%n", rule, counts[0], counts[1],
                (double) counts[1] / counts[0]));
    }

    private static String describe(Evaluator.Item i) {
        String text = i.text().length() > 110 ? i.text().substring(0, 110) + "…" : i.text();
        return i.article() + " p" + i.paragraph() + " " + i.kind()
                + " " + i.speakers() + " «" + text.replace("\n", "⏎") + "»";
    }
}
