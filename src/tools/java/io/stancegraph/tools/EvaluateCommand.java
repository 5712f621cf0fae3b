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
import java.util.Set;

/**
 * Scores predictions against gold statements (see the contract's Scoring section).
 * <pre>
 * EvaluateCommand --gold gold.jsonl (--predicted pred.jsonl | --articles DIR_OR_FILE...)
 *                 [--verbose] [--min-f1-direct X] [--min-f1-other X] [--min-attribution X]
 * </pre>
 * Exit code 1 when a floor is not met, 2 on bad usage.
 */
public final class EvaluateCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        Path gold = null;
        Path predicted = null;
        List<String> articles = new ArrayList<>();
        boolean verbose = false;
        double minDirect = -1;
        double minOther = -1;
        double minAttribution = -1;
        ActorRegistry registry = ActorRegistry.EMPTY;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[++i]);
                case "--predicted" -> predicted = Path.of(args[++i]);
                case "--articles" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        articles.add(args[++i]);
                    }
                }
                case "--actors" -> registry = RegistryFile.load(Path.of(args[++i]));
                case "--verbose", "-v" -> verbose = true;
                case "--min-f1-direct" -> minDirect = Double.parseDouble(args[++i]);
                case "--min-f1-other" -> minOther = Double.parseDouble(args[++i]);
                case "--min-attribution" -> minAttribution = Double.parseDouble(args[++i]);
                default -> {
                    out.println("unknown argument: " + args[i]);
                    return 2;
                }
            }
        }
        if (gold == null || (predicted == null && articles.isEmpty())) {
            out.println("usage: EvaluateCommand --gold gold.jsonl (--predicted pred.jsonl | --articles DIR...) "
                    + "[--verbose] [--min-f1-direct X] [--min-f1-other X] [--min-attribution X]");
            return 2;
        }
        List<Evaluator.Item> goldItems = parse(Files.readAllLines(gold, StandardCharsets.UTF_8));
        List<String> predictedLines = predicted != null ? Files.readAllLines(predicted, StandardCharsets.UTF_8)
                : ExtractCommand.extract(ArticleFiles.expand(articles), registry, out);
        List<Evaluator.Item> predictedItems = parse(predictedLines);
        Evaluator.Result result = Evaluator.evaluate(goldItems, predictedItems);
        report(result, verbose, out);
        Evaluator.Scores direct = result.byKind(Set.of("DIRECT"));
        Evaluator.Scores other = result.byKind(Set.of("PARTIAL", "INDIRECT"));
        Evaluator.Scores all = result.overall();
        boolean ok = true;
        if (minDirect >= 0 && direct.f1() < minDirect) {
            out.printf(Locale.ROOT, "FAIL: DIRECT F1 %.3f < %.3f%n", direct.f1(), minDirect);
            ok = false;
        }
        if (minOther >= 0 && other.f1() < minOther) {
            out.printf(Locale.ROOT, "FAIL: PARTIAL+INDIRECT F1 %.3f < %.3f%n", other.f1(), minOther);
            ok = false;
        }
        if (minAttribution >= 0 && all.attribution() < minAttribution) {
            out.printf(Locale.ROOT, "FAIL: attribution %.3f < %.3f%n", all.attribution(), minAttribution);
            ok = false;
        }
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
                    n.path("text").asText(), n.path("paragraph").asInt(-1)));
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

    private static String describe(Evaluator.Item i) {
        String text = i.text().length() > 110 ? i.text().substring(0, 110) + "…" : i.text();
        return i.article().substring(0, Math.min(3, i.article().length())) + " p" + i.paragraph() + " " + i.kind()
                + " " + i.speakers() + " «" + text.replace("\n", "⏎") + "»";
    }
}
