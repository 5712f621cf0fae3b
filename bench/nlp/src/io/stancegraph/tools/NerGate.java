package io.stancegraph.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gates the extractor's named speakers by Stanford CoreNLP's named-entity tags (bench/nlp/ner-gate.sh). For each
 * article it tags the body, finds where the article writes each predicted speaker's name and takes the name's tag
 * (the tag most of its tokens carry, over all its occurrences), then writes three gated predictions:
 * <ul>
 * <li>{@code require}: a name stays a speaker only when tagged PERSON or ORGANIZATION (a name the article never
 * writes goes too);</li>
 * <li>{@code veto}: a name the article writes goes unless tagged PERSON or ORGANIZATION (O included);</li>
 * <li>{@code veto-entity}: a name goes only when tagged as another kind of entity (LOCATION, MISC, ...);</li>
 * <li>{@code require-names}: {@code require}, only for speakers a name rule resolved ({@code .../name:...}), not
 * for those the rules typed as a country, government, institution or group;</li>
 * <li>{@code require-bare}: {@code require}, only for a single word read as a name ({@code name:bare}).</li>
 * </ul>
 * A statement whose speaker goes is kept with no named speaker, as the extractor keeps an unnamed source's.
 * Usage: NerGate 3class|default OUT_DIR SET_NAME GOLD PREDICTED ARTICLE_DIR [SET_NAME GOLD PREDICTED ARTICLE_DIR]...
 */
public final class NerGate {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTOR_TAGS = Set.of("PERSON", "ORGANIZATION");
    private static final List<String> VARIANTS = List.of("require", "veto", "veto-entity", "require-names",
            "require-bare");
    /** Words of a name that say nothing about its kind, skipped when only parts of the name are found. */
    private static final Set<String> WEAK_WORDS = Set.of("Inc", "Co", "Ltd", "Corp", "Plc", "PLC", "LLC", "The",
            "Mr", "Mrs", "Ms", "Dr", "Sir", "MP", "Local", "Group");

    /** How the article writes one speaker name, and what the tagger calls it. */
    record NameTag(String name, String found, int occurrences, Map<String, Integer> tags) {
        int actorVotes() {
            return tags.getOrDefault("PERSON", 0) + tags.getOrDefault("ORGANIZATION", 0);
        }

        boolean isActor() {
            return occurrences > 0 && 2 * actorVotes() >= occurrences;
        }

        String label() {
            return tags.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> ACTOR_TAGS.contains(e.getKey()) ? 1 : 0)).map(Map.Entry::getKey).orElse("-");
        }

        boolean removedBy(String variant, String speakerRule) {
            return switch (variant) {
                case "require" -> !isActor();
                case "require-names" -> speakerRule.contains("name:") && !isActor();
                case "require-bare" -> speakerRule.contains("name:bare") && !isActor();
                case "veto" -> occurrences > 0 && !isActor();
                case "veto-entity" -> occurrences > 0 && !isActor() && !label().equals("O");
                default -> throw new IllegalArgumentException(variant);
            };
        }
    }

    public static void main(String[] args) throws IOException {
        String config = args[0];
        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(config));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<Long> nerNanos = new ArrayList<>();
        // A set given twice (two predictions of the same articles) is tagged once.
        Map<Path, List<CoreLabel>> tagged = new HashMap<>();
        long chars = 0;
        PrintStream details = new PrintStream(Files.newOutputStream(outDir.resolve("gated-names.tsv")), true,
                StandardCharsets.UTF_8);
        details.println("set\tarticle\tname\trules\tfound\toccurrences\tlabel\ttags\tstatements\tright\twrong");
        PrintStream summary = new PrintStream(Files.newOutputStream(outDir.resolve("summary.txt")), true,
                StandardCharsets.UTF_8);
        for (int i = 2; i + 3 < args.length; i += 4) {
            String set = args[i];
            Path gold = Path.of(args[i + 1]);
            Path predicted = Path.of(args[i + 2]);
            List<String> predictedLines = nonBlank(Files.readAllLines(predicted, StandardCharsets.UTF_8));
            Map<String, Map<String, NameTag>> tagsByArticle = new TreeMap<>();
            ArticleReaders readers = new ArticleReaders();
            for (Path file : ArticleFiles.expand(List.of(args[i + 3]))) {
                String id = ArticleFiles.articleId(file);
                ArticleText article = ArticleFiles.read(readers, file);
                String body = article.body();
                List<CoreLabel> tokens = tagged.get(file.toAbsolutePath());
                if (tokens == null) {
                    long start = System.nanoTime();
                    Annotation doc = new Annotation(body);
                    pipeline.annotate(doc);
                    nerNanos.add(System.nanoTime() - start);
                    chars += body.length();
                    tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
                    tagged.put(file.toAbsolutePath(), tokens);
                }
                List<CoreLabel> articleTokens = tokens;
                Map<String, NameTag> names = new LinkedHashMap<>();
                for (String line : predictedLines) {
                    JsonNode n = JSON.readTree(line);
                    if (n.path("article").asText().equals(id)) {
                        n.path("speakers").forEach(s -> names.computeIfAbsent(s.asText(), k -> tag(k, body, articleTokens)));
                    }
                }
                tagsByArticle.put(id, names);
            }
            gate(set, gold, predictedLines, tagsByArticle, outDir, details, summary);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        long[] sorted = nerNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double totalMs = Arrays.stream(sorted).sum() / 1e6;
        summary.printf(Locale.ROOT, "NER (%s): %d articles, %d characters; models loaded in %d ms; %.0f ms an article "
                + "on average (median %.0f, first %.0f, slowest %.0f), %.0f characters/s; heap after GC %d MB%n",
                config, sorted.length, chars, loadMs, totalMs / sorted.length, sorted[sorted.length / 2] / 1e6,
                nerNanos.get(0) / 1e6, sorted[sorted.length - 1] / 1e6, chars / (totalMs / 1000), heapMb);
        details.close();
        summary.close();
        System.out.print(Files.readString(outDir.resolve("summary.txt")));
    }

    private static Properties properties(String config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.options", "invertible=true");
        if (config.equals("3class")) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "false");
        } else if (!config.equals("default")) {
            throw new IllegalArgumentException("3class or default: " + config);
        }
        return p;
    }

    /** The tag of each place the body writes the name (or, when it never writes it whole, its telling words). */
    static NameTag tag(String name, String body, List<CoreLabel> tokens) {
        List<int[]> spans = find(name, body);
        String found = "whole";
        if (spans.isEmpty()) {
            found = "part";
            for (String word : name.split("[\\s]+")) {
                if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && !WEAK_WORDS.contains(word)) {
                    spans.addAll(find(word, body));
                }
            }
        }
        if (spans.isEmpty()) {
            found = "none";
        }
        Map<String, Integer> tags = new TreeMap<>();
        for (int[] span : spans) {
            Map<String, Integer> votes = new HashMap<>();
            for (CoreLabel t : tokens) {
                if (t.beginPosition() < span[1] && t.endPosition() > span[0]) {
                    votes.merge(t.ner() == null ? "O" : t.ner(), 1, Integer::sum);
                }
            }
            votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> ACTOR_TAGS.contains(e.getKey()) ? 1 : 0))
                    .ifPresent(e -> tags.merge(e.getKey(), 1, Integer::sum));
        }
        return new NameTag(name, found, spans.size(), tags);
    }

    private static List<int[]> find(String phrase, String body) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(body);
        while (m.find()) {
            spans.add(new int[] { m.start(), m.end() });
        }
        return spans;
    }

    private static void gate(String set, Path gold, List<String> predictedLines,
            Map<String, Map<String, NameTag>> tagsByArticle, Path outDir, PrintStream details, PrintStream summary)
            throws IOException {
        List<Evaluator.Item> goldItems = EvaluateCommand.parse(Files.readAllLines(gold, StandardCharsets.UTF_8));
        List<Evaluator.Item> predictedItems = EvaluateCommand.parse(predictedLines);
        Evaluator.Result result = Evaluator.evaluate(goldItems, predictedItems);
        // Gold speakers of each matched prediction, by its position in the file: gating changes no text, so the
        // gated predictions match the same gold statements.
        Map<Integer, Set<String>> goldSpeakers = new HashMap<>();
        for (Evaluator.Pair m : result.matches()) {
            for (int k = 0; k < predictedItems.size(); k++) {
                if (predictedItems.get(k) == m.predicted()) {
                    goldSpeakers.put(k, m.gold().speakers());
                }
            }
        }
        for (String variant : VARIANTS) {
            int removedRight = 0;
            int removedWrong = 0;
            int removedUnmatched = 0;
            int nowRight = 0;
            Map<String, int[]> perName = new LinkedHashMap<>();
            Map<String, Set<String>> rules = new HashMap<>();
            List<String> out = new ArrayList<>();
            for (int k = 0; k < predictedLines.size(); k++) {
                ObjectNode n = (ObjectNode) JSON.readTree(predictedLines.get(k));
                String article = n.path("article").asText();
                Map<String, NameTag> names = tagsByArticle.getOrDefault(article, Map.of());
                Set<String> g = goldSpeakers.get(k);
                Set<String> kept = new LinkedHashSet<>();
                for (JsonNode s : n.path("speakers")) {
                    NameTag t = names.get(s.asText());
                    if (t != null && t.removedBy(variant, n.path("speaker_rule").asText())) {
                        int[] c = perName.computeIfAbsent(article + "\t" + s.asText(), key -> new int[3]);
                        rules.computeIfAbsent(article + "\t" + s.asText(), key -> new TreeSet<>())
                                .add(n.path("speaker_rule").asText());
                        c[0]++;
                        if (g == null) {
                            removedUnmatched++;
                        } else if (g.contains(s.asText())) {
                            removedRight++;
                            c[1]++;
                        } else {
                            removedWrong++;
                            c[2]++;
                        }
                    } else {
                        kept.add(s.asText());
                    }
                }
                if (g != null && kept.size() < n.path("speakers").size() && g.equals(kept)) {
                    nowRight++;
                }
                ArrayNode speakers = n.putArray("speakers");
                kept.forEach(speakers::add);
                out.add(JSON.writeValueAsString(n));
            }
            Files.write(outDir.resolve(set + "-" + variant + ".jsonl"), out, StandardCharsets.UTF_8);
            summary.printf(Locale.ROOT, "%s %s: %d speaker names removed from %d statements: %d right (gold has "
                    + "them), %d wrong (%d statements right after it), %d on statements the gold does not have%n", set,
                    variant, perName.size(), removedRight + removedWrong + removedUnmatched, removedRight, removedWrong,
                    nowRight, removedUnmatched);
            if (variant.equals("require")) {
                perName.forEach((key, c) -> {
                    String[] parts = key.split("\t");
                    NameTag t = tagsByArticle.get(parts[0]).get(parts[1]);
                    details.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%d\t%d\t%d%n", set, parts[0], parts[1],
                            String.join(" ", rules.get(key)), t.found(), t.occurrences(), t.label(), t.tags(), c[0],
                            c[1], c[2]);
                });
            }
        }
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
