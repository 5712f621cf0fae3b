package io.stancegraph.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.extraction.ActorKind;
import io.stancegraph.extraction.ArticleReaders;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.AttributionConfidence;
import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.extraction.InMemoryActorRegistry;
import io.stancegraph.extraction.KnownActor;
import io.stancegraph.extraction.Speaker;
import io.stancegraph.extraction.StatementExtractor;
import io.stancegraph.extraction.TitleTenure;
import io.stancegraph.ingest.TopicTagger;
import io.stancegraph.stance.PositionSuggestions;
import io.stancegraph.stance.PositionSuggestions.Suggestion;
import io.stancegraph.stance.QuoteForm;
import io.stancegraph.stance.PositionConfidence;
import io.stancegraph.stance.PositionConfidence.EvidenceClass;
import io.stancegraph.stance.StanceAssessment;
import io.stancegraph.stance.StanceAssessor;
import io.stancegraph.stance.StanceTimeline;
import io.stancegraph.stance.StanceTopic;

/**
 * The extractor's positions on news annotated by hand (a folder of articles with {@code gold-*.jsonl}: one line per
 * article, actor and topic whose stance the actor's words in that article show), worked out as ingestion works them
 * out: the articles in date order through the extractor (with the corpus's actors as the known actors), keyword
 * topic tagging, the stance assessor, the timeline and the calibrated confidence.
 * <p>
 * A position is right when the gold, for one of the articles its evidence comes from, gives the same actor the same
 * stance on the topic; a position on a pair the gold leaves out is wrong (the text shows no stance there).
 */
final class StanceGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One suggested position and whether the gold bears it out. */
    record Judged(String actor, String topic, Suggestion suggestion, Set<String> articles, boolean right,
            boolean current) {
        double confidence() {
            return suggestion.confidence();
        }

        double raw() {
            return suggestion.period().confidence();
        }

        EvidenceClass evidenceClass() {
            return EvidenceClass.of(suggestion.period());
        }

        /** The same position with its confidence from another calibration table. */
        Judged calibratedBy(List<PositionConfidence.Row> rows) {
            double calibrated = rows.stream().filter(row -> row.evidenceClass() == evidenceClass()).findFirst()
                    .orElseThrow().calibrated();
            return new Judged(actor, topic, new Suggestion(suggestion.period(), calibrated), articles, right, current);
        }
    }

    /** The figures: every suggestion judged, the gold's pairs, and the publishing threshold applied. */
    record Result(List<Judged> positions, Set<String> goldPairs, double publishConfidence, int evidenceAgreeing,
            int evidenceCompared) {

        List<Judged> published() {
            return positions.stream().filter(judged -> judged.confidence() >= publishConfidence).toList();
        }

        /** What the default stance matrix shows: each pair's current position, when published. */
        List<Judged> shownByDefault() {
            return positions.stream().filter(Judged::current).filter(judged -> judged.confidence() >= publishConfidence)
                    .toList();
        }

        static double precision(List<Judged> judged) {
            return judged.isEmpty() ? 0 : (double) judged.stream().filter(Judged::right).count() / judged.size();
        }

        long covered(List<Judged> judged) {
            return judged.stream().filter(Judged::right).map(j -> j.actor() + "\t" + j.topic()).distinct().count();
        }
    }

    private record GoldLine(String article, String actor, String topic, String stance, List<String> evidence) {
    }

    private StanceGold() {
    }

    /** How one extracted statement is assessed on one topic: the stance assessor's rules, or another reading. */
    static BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> rules() {
        StanceAssessor assessor = new StanceAssessor();
        return (statement, topic) -> assessor.assess(statement.text(), statement.cue(),
                QuoteForm.named(statement.kind().name()), topic);
    }

    static Result evaluate(List<String> corpusLines, List<Path> folders, double minAttributionConfidence,
            double publishConfidence, PrintStream details) throws IOException {
        return evaluate(corpusLines, folders, minAttributionConfidence, publishConfidence, details, rules(),
                article -> true);
    }

    /**
     * As {@link #evaluate(List, List, double, double, PrintStream)}, with {@code assess} in the stance assessor's
     * place (on the gold's evidence and end to end), on the articles (and their gold lines) whose id {@code articles}
     * accepts.
     */
    static Result evaluate(List<String> corpusLines, List<Path> folders, double minAttributionConfidence,
            double publishConfidence, PrintStream details,
            BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> assess, Predicate<String> articles)
            throws IOException {
        Map<String, StanceTopic> topics = new LinkedHashMap<>();
        Map<Long, List<String>> keywordsById = new HashMap<>();
        Map<Long, String> slugById = new HashMap<>();
        List<KnownActor> actors = new ArrayList<>();
        for (String line : corpusLines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            switch (record.path("type").asText()) {
                case "topic" -> {
                    String slug = record.path("slug").asText();
                    List<String> keywords = strings(record.path("keywords"));
                    topics.put(slug, new StanceTopic(record.path("name").asText(slug), keywords,
                            strings(record.path("proClaims")), strings(record.path("conClaims"))));
                    long id = slugById.size() + 1;
                    slugById.put(id, slug);
                    keywordsById.put(id, keywords);
                }
                case "actor" -> actors.add(knownActor(record));
                default -> {
                    // articles, statements, events and positions of the corpus play no part here
                }
            }
        }
        List<GoldLine> gold = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("gold.*\\.jsonl")).sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode record = JSON.readTree(line);
                        if (!record.has("type") && articles.test(record.path("article").asText())) {
                            gold.add(new GoldLine(record.path("article").asText(), record.path("actor").asText(),
                                    record.path("topic").asText(), record.path("stance").asText(),
                                    strings(record.path("evidence"))));
                        }
                    }
                }
            }
        }
        Map<String, String> goldStance = new HashMap<>();
        Set<String> goldPairs = new HashSet<>();
        for (GoldLine line : gold) {
            goldStance.put(line.article() + "\t" + name(line.actor()) + "\t" + line.topic(), line.stance());
            goldPairs.add(name(line.actor()) + "\t" + line.topic());
        }

        StatementExtractor extractor = new StatementExtractor();
        InMemoryActorRegistry registry = new InMemoryActorRegistry(actors);
        TopicTagger tagger = new TopicTagger(keywordsById);
        ArticleReaders readers = new ArticleReaders();
        record Read(String id, ArticleText text) {
        }
        List<Read> chosen = new ArrayList<>();
        for (Path file : ArticleFiles.expand(folders.stream().map(Path::toString).toList())) {
            if (articles.test(ArticleFiles.articleId(file))) {
                chosen.add(new Read(ArticleFiles.articleId(file), ArticleFiles.read(readers, file)));
            }
        }
        chosen.sort(Comparator.comparing((Read read) -> read.text().publishedOn()).thenComparing(Read::id));

        Map<String, List<StanceTimeline.Evidence>> byPair = new LinkedHashMap<>();
        Map<Long, String> articleOf = new HashMap<>();
        Map<String, List<ExtractedStatement>> statementsOf = new HashMap<>();
        long statementId = 0;
        long articleNumber = 0;
        for (Read article : chosen) {
            articleNumber++;
            List<ExtractedStatement> statements = extractor.extract(article.text(), registry).statements();
            statementsOf.put(article.id(), statements);
            for (ExtractedStatement statement : statements) {
                statementId++;
                articleOf.put(statementId, article.id());
                if (AttributionConfidence.of(statement.speakerRule()) < minAttributionConfidence) {
                    continue;
                }
                LocalDate date = statement.saidOn() != null ? statement.saidOn().date() : article.text().publishedOn();
                for (Long topicId : tagger.topicsOf(statement.text())) {
                    String slug = slugById.get(topicId);
                    StanceAssessment assessment = assess.apply(statement, topics.get(slug));
                    for (Speaker speaker : statement.speakers()) {
                        byPair.computeIfAbsent(name(speaker.name()) + "\t" + slug, key -> new ArrayList<>())
                                .add(new StanceTimeline.Evidence(statementId, articleNumber, statement.text(), date,
                                        assessment));
                    }
                }
            }
        }

        List<Judged> judged = new ArrayList<>();
        for (Map.Entry<String, List<StanceTimeline.Evidence>> pair : byPair.entrySet()) {
            String[] key = pair.getKey().split("\t");
            List<Suggestion> suggestions = PositionSuggestions.of(pair.getValue());
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion suggestion = suggestions.get(i);
                Set<String> from = new HashSet<>();
                suggestion.period().evidence().forEach(id -> from.add(articleOf.get(id)));
                boolean right = from.stream().anyMatch(article -> suggestion.period().stance().name()
                        .equals(goldStance.get(article + "\t" + pair.getKey())));
                Judged position = new Judged(key[0], key[1], suggestion, from, right, i == suggestions.size() - 1);
                judged.add(position);
                if (details != null && !right) {
                    String expected = from.stream().map(article -> goldStance.get(article + "\t" + pair.getKey()))
                            .filter(stance -> stance != null).findFirst().orElse("(no stance in the gold)");
                    details.printf(Locale.ROOT, "wrong  %-24s %-26s %-8s conf %.2f  gold %-24s %s%n", key[0], key[1],
                            suggestion.period().stance(), suggestion.confidence(), expected, from);
                }
            }
        }

        // The assessor alone, on the gold's evidence: the extracted statements holding each evidence quote.
        int agreeing = 0;
        int compared = 0;
        int goldSupports = 0;
        for (GoldLine line : gold) {
            StanceTopic topic = topics.get(line.topic());
            List<StanceAssessment> assessed = new ArrayList<>();
            List<String> read = new ArrayList<>();
            for (ExtractedStatement statement : statementsOf.getOrDefault(line.article(), List.of())) {
                String text = squeeze(statement.text());
                if (!text.isEmpty() && line.evidence().stream().map(StanceGold::squeeze)
                        .anyMatch(evidence -> evidence.contains(text) || text.contains(evidence))) {
                    StanceAssessment assessment = assess.apply(statement, topic);
                    assessed.add(assessment);
                    read.add("    " + assessment.stance() + " " + assessment.rule() + " " + assessment.cues() + " <- "
                            + statement.text());
                }
            }
            if (assessed.isEmpty()) {
                continue;
            }
            compared++;
            goldSupports += line.stance().equals("SUPPORTS") ? 1 : 0;
            String verdict = StanceTimeline.vote(assessed).name();
            if (verdict.equals(line.stance())) {
                agreeing++;
            } else if (details != null) {
                details.printf(Locale.ROOT, "evidence %-22s %-26s gold %-8s assessed %-8s %s%n", line.actor(),
                        line.topic(), line.stance(), verdict, line.article());
                read.forEach(details::println);
            }
        }
        if (details != null) {
            // A reading that always says SUPPORTS: the figure the assessor must beat.
            details.printf(Locale.ROOT, "always SUPPORTS on the gold's evidence: %d of %d%n", goldSupports, compared);
        }
        return new Result(judged, goldPairs, publishConfidence, agreeing, compared);
    }

    /** Prints the figures and the reliability table; returns the reliability check leaving articles out. */
    static List<ClassCheck> report(Result result, PrintStream out) {
        List<Judged> all = result.positions();
        List<Judged> published = result.published();
        List<Judged> shown = result.shownByDefault();
        out.printf(Locale.ROOT, "gold: %d (actor, topic) pairs%n", result.goldPairs().size());
        out.printf(Locale.ROOT, "assessor on the gold's evidence: %d of %d agree (%.3f)%n", result.evidenceAgreeing(),
                result.evidenceCompared(), result.evidenceCompared() == 0 ? 0
                        : (double) result.evidenceAgreeing() / result.evidenceCompared());
        line(out, "all suggestions", all, result);
        line(out, "published (calibrated confidence >= " + result.publishConfidence() + ")", published, result);
        line(out, "shown by default (each pair's current, published)", shown, result);
        out.println("reliability by evidence class (calibrated confidence against the share right):");
        for (EvidenceClass evidenceClass : EvidenceClass.values()) {
            List<Judged> inClass = all.stream().filter(j -> j.evidenceClass() == evidenceClass).toList();
            out.printf(Locale.ROOT, "  %-28s %3d positions, calibrated %s, %.3f right%n", evidenceClass.label(),
                    inClass.size(), inClass.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", inClass.get(0).confidence()),
                    Result.precision(inClass));
        }
        out.println("reliability, each position's articles left out of its calibration (confidence from a table made "
                + "without them against the share right):");
        List<ClassCheck> checks = reliabilityLeavingArticlesOut(all);
        for (ClassCheck check : checks) {
            out.printf(Locale.ROOT, "  %-28s %3d positions, confidence %.2f, %.3f right, gap %+.3f (sampling error %.3f)%n",
                    check.evidenceClass().label(), check.positions(), check.heldOutConfidence(), check.shareRight(),
                    check.gap(), check.samplingError());
        }
        out.println("reliability (calibrated confidence: positions at or above it, share right):");
        for (double from : new double[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9 }) {
            List<Judged> above = all.stream().filter(j -> j.confidence() >= from - 1e-9).toList();
            List<Judged> bin = all.stream().filter(j -> j.confidence() >= from - 1e-9 && j.confidence() < from + 0.1 - 1e-9)
                    .toList();
            out.printf(Locale.ROOT, "  >= %.2f: %3d positions, %.3f right | bin [%.2f, %.2f): %3d, %.3f right%n", from,
                    above.size(), Result.precision(above), from, from + 0.1, bin.size(), Result.precision(bin));
        }
        return checks;
    }

    private static void line(PrintStream out, String label, List<Judged> judged, Result result) {
        out.printf(Locale.ROOT, "%s: %d positions, %d right (%.3f); %d of %d gold pairs covered (%.3f)%n", label,
                judged.size(), judged.stream().filter(Judged::right).count(), Result.precision(judged),
                result.covered(judged), result.goldPairs().size(),
                result.goldPairs().isEmpty() ? 0 : (double) result.covered(judged) / result.goldPairs().size());
    }

    /**
     * The calibration table: for each evidence class, the share of positions right, shrunk toward the overall share
     * where a class is small.
     */
    static String confidenceTable(List<Judged> judged) {
        return PositionConfidence.table(calibration(judged));
    }

    /**
     * How one evidence class keeps its word on articles its calibration did not see: its positions, the mean of the
     * confidence each gets from a table made without its articles, and the share right.
     */
    record ClassCheck(EvidenceClass evidenceClass, int positions, double heldOutConfidence, double shareRight) {
        double gap() {
            return shareRight - heldOutConfidence;
        }

        /** One standard error of the share right: the sampling error a gap should be read against. */
        double samplingError() {
            return positions == 0 ? 0 : Math.sqrt(shareRight * (1 - shareRight) / positions);
        }
    }

    /**
     * The reliability check, leaving articles out: each position is given the confidence of a table made from the
     * positions that share none of its articles, so no position vouches for itself, and corroboration across the
     * stream stays as ingestion sees it (splitting the stream in parts would cut the corroborated positions apart).
     */
    static List<ClassCheck> reliabilityLeavingArticlesOut(List<Judged> judged) {
        List<ClassCheck> checks = new ArrayList<>();
        for (EvidenceClass evidenceClass : EvidenceClass.values()) {
            List<Judged> inClass = judged.stream().filter(j -> j.evidenceClass() == evidenceClass).toList();
            double confidence = 0;
            for (Judged position : inClass) {
                List<Judged> others = judged.stream()
                        .filter(other -> java.util.Collections.disjoint(other.articles(), position.articles())).toList();
                confidence += position.calibratedBy(calibration(others)).confidence();
            }
            checks.add(new ClassCheck(evidenceClass, inClass.size(), inClass.isEmpty() ? 0 : confidence / inClass.size(),
                    Result.precision(inClass)));
        }
        return checks;
    }

    /** The rows of the calibration table. */
    static List<PositionConfidence.Row> calibration(List<Judged> judged) {
        double overall = Result.precision(judged);
        List<PositionConfidence.Row> rows = new ArrayList<>();
        for (EvidenceClass evidenceClass : EvidenceClass.values()) {
            List<Judged> inClass = judged.stream().filter(j -> j.evidenceClass() == evidenceClass).toList();
            long right = inClass.stream().filter(Judged::right).count();
            // Two pseudo-positions at the overall share keep a class of three from claiming 0 or 1.
            double share = (right + 2 * overall) / (inClass.size() + 2);
            rows.add(new PositionConfidence.Row(evidenceClass, share, right, inClass.size()));
        }
        return rows;
    }

    private static KnownActor knownActor(JsonNode record) {
        String name = record.path("name").asText();
        List<TitleTenure> tenures = new ArrayList<>();
        for (JsonNode tenure : record.path("tenures")) {
            tenures.add(new TitleTenure(name, tenure.path("post").asText(), date(tenure.get("from")),
                    date(tenure.get("to"))));
        }
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(record.path("kind").asText("PERSON"));
        } catch (IllegalArgumentException e) {
            kind = ActorKind.ORGANIZATION;
        }
        return new KnownActor(name, kind, strings(record.path("aliases")), tenures);
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** An actor's name as compared: lower case, without accents, dots or a leading "the". */
    static String name(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(".", "").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\"“”‘’']+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
