package io.stancegraph.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.stancegraph.ingest.TopicTagger;
import io.stancegraph.extraction.ActorRegistry;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.Extraction;
import io.stancegraph.extraction.Speaker;
import io.stancegraph.stance.QuoteForm;
import io.stancegraph.stance.StanceLabel;
import io.stancegraph.stance.StanceAssessment;
import io.stancegraph.stance.StanceAssessor;
import io.stancegraph.stance.StanceTimeline;
import io.stancegraph.stance.StanceTopic;
import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.extraction.StatementExtractor;

/**
 * How often the stance assessor agrees with editors' positions in a corpus file in the import format (topics,
 * articles, statements, positions with evidence), two ways:
 * <ul>
 * <li><b>on the curated evidence</b>: for each curated position, the assessor's verdict on its evidence statements
 * (their stances combined as one day's vote) against the editor's stance;</li>
 * <li><b>end to end</b>: the articles' bodies through the extractor, keyword topic tagging and the timeline, as
 * ingestion does it; for each (actor, topic) an editor assessed, the extractor's current stance against the
 * editor's latest.</li>
 * </ul>
 * Exit code 1 when a floor is not met.
 */
@Command(name = "evaluate-stance", description = "How often the stance assessor agrees with editors' positions in a "
        + "corpus in the import format: on the curated evidence, and end to end from the articles' bodies.")
public final class StanceAgreementCommand extends ToolCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "CORPUS_JSONL", description = "Topics, articles, statements and positions in the import format.")
    Path corpus;

    @Option(names = { "--verbose", "-v" }, description = "List the disagreements.")
    boolean verbose;

    @Option(names = "--min-evidence", paramLabel = "X", description = "Fail when agreement on the curated evidence is below X.")
    Double minEvidence;

    @Option(names = "--min-end-to-end", paramLabel = "X", description = "Fail when end-to-end agreement is below X.")
    Double minEndToEnd;

    @Option(names = "--gold", paramLabel = "FOLDER", description = "Articles with hand-made stance gold (gold-*.jsonl): "
            + "the extractor's positions on them, as ingestion makes them (topics and known actors from --corpus), "
            + "judged against the gold, with the reliability of their calibrated confidence. Repeat it to read "
            + "several folders as one news stream (article ids must differ).")
    List<Path> gold;

    @Option(names = "--stance-model", paramLabel = "NAME", defaultValue = "rules", description = "With --gold: what "
            + "assesses each statement: rules (the stance assessor; the default), minilm or minilm-q (claim "
            + "similarity by a sentence-embedding model alone), or a model combined with the rules: MODEL+rules (rules "
            + "first, the model where they find no side), MODEL>rules (model first), MODEL~rules (model, but the "
            + "rules' negations, rejections and refusals stand), MODEL&rules (rules, vetoed by the model).")
    String stanceModel;

    @Option(names = "--model-margin", paramLabel = "X", defaultValue = "0.0", description = "With a model: how much "
            + "closer to the pro than to the con claims a statement must be to support (default: ${DEFAULT-VALUE}).")
    double modelMargin;

    @Option(names = "--model-floor", paramLabel = "X", defaultValue = "0.2", description = "With a model: the "
            + "similarity to a claim below which a statement takes no side (default: ${DEFAULT-VALUE}).")
    double modelFloor;

    @Option(names = "--only", paramLabel = "PREFIX", description = "With --gold: only the articles whose id starts "
            + "with PREFIX (sa, sb, ta, tb), and their gold lines.")
    String only;

    @Option(names = "--publish-confidence", paramLabel = "X", defaultValue = "0.85", description = "With --gold: the "
            + "calibrated confidence from which suggestions are published (the service's stancegraph.positions."
            + "publish-confidence; default: ${DEFAULT-VALUE}).")
    double publishConfidence;

    @Option(names = "--min-attribution-confidence", paramLabel = "X", defaultValue = "0.8", description = "With --gold: "
            + "statements whose attribution confidence is below X show no stance (default: ${DEFAULT-VALUE}).")
    double minAttributionConfidence;

    @Option(names = "--min-published-precision", paramLabel = "X", description = "With --gold: fail when fewer than X "
            + "of the positions shown by default are right.")
    Double minPublishedPrecision;

    @Option(names = "--min-gold-evidence", paramLabel = "X", description = "With --gold: fail when the assessor agrees "
            + "with fewer than X of the gold's evidence.")
    Double minGoldEvidence;

    @Option(names = "--min-suggestion-precision", paramLabel = "X", description = "With --gold: fail when fewer than X "
            + "of all the extractor's suggestions are right.")
    Double minSuggestionPrecision;

    @Option(names = "--min-coverage", paramLabel = "X", description = "With --gold: fail when the positions shown by "
            + "default cover fewer than X of the gold's pairs.")
    Double minCoverage;

    @Option(names = "--max-calibration-gap", paramLabel = "X", description = "With --gold: fail when, for an "
            + "evidence class with positions, the share right and the confidence a table made without the position's "
            + "articles gives differ by more than X.")
    Double maxCalibrationGap;

    @Option(names = "--calibrate-on", paramLabel = "PREFIX", split = ",", description = "With --gold: calibrate on the "
            + "articles whose id starts with PREFIX (or any of several, comma-separated) and measure on the others (held "
            + "out), instead of the service's table.")
    List<String> calibrateOn;

    @Option(names = "--confidence-table", paramLabel = "FILE", description = "With --gold: write the calibration "
            + "table (stance/position-confidence.tsv) from these articles.")
    Path confidenceTable;

    /** Runs {@code stancegraph evaluate-stance} with these arguments, writing everything to {@code out}. */
    public static int run(String[] args, PrintStream out) {
        return StancegraphCommand.executeSubcommand(out, out, "evaluate-stance", args);
    }

    /** The two agreement figures, each as agreeing / compared. */
    public record Agreement(int evidenceAgreeing, int evidenceCompared, int endToEndAgreeing, int endToEndCompared,
            int endToEndAssessed) {
        public double onEvidence() {
            return evidenceCompared == 0 ? 0 : (double) evidenceAgreeing / evidenceCompared;
        }

        public double endToEnd() {
            return endToEndCompared == 0 ? 0 : (double) endToEndAgreeing / endToEndCompared;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + corpus);
        }
        if (gold != null && !gold.isEmpty()) {
            return evaluateGold();
        }
        Agreement agreement = measure(Files.readAllLines(corpus, StandardCharsets.UTF_8), verbose ? out : null);
        out.printf(Locale.ROOT, "on the curated evidence: %d of %d positions agree (%.3f)%n",
                agreement.evidenceAgreeing(), agreement.evidenceCompared(), agreement.onEvidence());
        out.printf(Locale.ROOT, "end to end: %d of %d curated (actor, topic) pairs agree (%.3f); the extractor "
                + "assessed %d of them%n", agreement.endToEndAgreeing(), agreement.endToEndCompared(),
                agreement.endToEnd(), agreement.endToEndAssessed());
        boolean ok = reaches("agreement on the curated evidence", agreement.onEvidence(), minEvidence);
        ok &= reaches("end-to-end agreement", agreement.endToEnd(), minEndToEnd);
        return ok ? 0 : 1;
    }

    private int evaluateGold() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path folder : gold) {
            if (!Files.isDirectory(folder)) {
                throw new ParameterException(spec.commandLine(), "no such folder: " + folder);
            }
            // The gold is keyed by article id: one id in two folders would mix their gold lines.
            for (Path file : ArticleFiles.expand(List.of(folder.toString()))) {
                if (!ids.add(ArticleFiles.articleId(file))) {
                    throw new ParameterException(spec.commandLine(), "article " + ArticleFiles.articleId(file)
                            + " is in more than one gold folder");
                }
            }
        }
        java.util.Map<ClaimSimilarity.Model, ClaimSimilarity> loaded = new java.util.EnumMap<>(ClaimSimilarity.Model.class);
        var assess = ModelStanceAssessor.combined(stanceModel, modelMargin, modelFloor,
                model -> loaded.computeIfAbsent(model, ClaimSimilarity::new));
        String prefix = only == null ? "" : only;
        List<String> corpusLines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        StanceGold.Result result;
        if (calibrateOn != null) {
            Predicate<String> calibrating = article -> calibrateOn.stream().anyMatch(article::startsWith);
            StanceGold.Result calibration = StanceGold.evaluate(corpusLines, gold, minAttributionConfidence,
                    publishConfidence, null, assess, calibrating);
            List<io.stancegraph.stance.PositionConfidence.Row> rows = StanceGold.calibration(calibration.positions());
            out.printf(Locale.ROOT, "calibrated on %s*:%n%s", String.join("*, ", calibrateOn), io.stancegraph.stance.PositionConfidence.table(rows));
            StanceGold.Result heldOut = StanceGold.evaluate(corpusLines, gold, minAttributionConfidence,
                    publishConfidence, verbose ? out : null, assess, calibrating.negate());
            result = new StanceGold.Result(heldOut.positions().stream().map(judged -> judged.calibratedBy(rows)).toList(),
                    heldOut.goldPairs(), publishConfidence, heldOut.evidenceAgreeing(), heldOut.evidenceCompared());
            out.printf(Locale.ROOT, "measured on the other articles, held out:%n");
        } else {
            result = StanceGold.evaluate(corpusLines, gold, minAttributionConfidence, publishConfidence,
                    verbose ? out : null, assess, article -> article.startsWith(prefix));
        }
        out.printf(Locale.ROOT, "stance by %s%s%n", stanceModel, only == null ? "" : ", articles " + only + "*");
        loaded.forEach((model, similarity) -> out.printf(Locale.ROOT, "%s loaded in %d ms (margin %.3f, floor %.3f)%n",
                model, similarity.loadMillis(), modelMargin, modelFloor));
        List<StanceGold.ClassCheck> reliability = StanceGold.report(result, out);
        if (confidenceTable != null) {
            Files.writeString(confidenceTable, "# How often the extractor's positions are right, by the evidence behind "
                    + "them,\n# on " + String.join(" and ", gold.stream().map(Path::toString).toList()) + " (shares shrunk toward the overall share where a class is small).\n"
                    + StanceGold.confidenceTable(result.positions()), StandardCharsets.UTF_8);
            out.println("calibration table written to " + confidenceTable);
        }
        List<StanceGold.Judged> shown = result.shownByDefault();
        // Nothing shown unreviewed is the strictest outcome, not a failure of precision.
        boolean ok = shown.isEmpty() || reaches("precision of the positions shown by default",
                StanceGold.Result.precision(shown), minPublishedPrecision);
        ok &= reaches("agreement on the gold's evidence", result.evidenceCompared() == 0 ? 0
                : (double) result.evidenceAgreeing() / result.evidenceCompared(), minGoldEvidence);
        ok &= reaches("precision of all suggestions", StanceGold.Result.precision(result.positions()),
                minSuggestionPrecision);
        if (maxCalibrationGap != null) {
            for (StanceGold.ClassCheck check : reliability) {
                if (check.positions() > 0 && Math.abs(check.gap()) > maxCalibrationGap + 1e-9) {
                    out.printf(Locale.ROOT, "FAIL: %s: confidence %.3f, right %.3f, more than %.2f apart%n",
                            check.evidenceClass().label(), check.heldOutConfidence(), check.shareRight(), maxCalibrationGap);
                    ok = false;
                }
            }
        }
        ok &= reaches("coverage of the gold's pairs", result.goldPairs().isEmpty() ? 0
                : (double) result.covered(shown) / result.goldPairs().size(), minCoverage);
        return ok ? 0 : 1;
    }

    /** Both figures for a corpus in the import format; disagreements are listed on {@code details} when given. */
    public static Agreement measure(List<String> corpusLines, PrintStream details) throws IOException {
        StanceAssessor assessor = new StanceAssessor();
        Map<String, StanceTopic> topics = new LinkedHashMap<>();
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        Map<String, JsonNode> statements = new HashMap<>();
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> positions = new ArrayList<>();
        for (String line : corpusLines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            switch (record.path("type").asText()) {
                case "topic" -> {
                    List<String> words = new ArrayList<>();
                    record.path("keywords").forEach(keyword -> words.add(keyword.asText()));
                    String slug = record.path("slug").asText();
                    topics.put(slug, new StanceTopic(record.path("name").asText(slug), words));
                    keywords.put(slug, words);
                }
                case "article" -> articles.add(record);
                case "statement" -> statements.put(spanKey(record.path("article").asText(), record.path("span")), record);
                case "position" -> positions.add(record);
                default -> {
                    // actors and events play no part in stance
                }
            }
        }

        int agreeing = 0;
        int compared = 0;
        Map<String, JsonNode> latestCurated = new LinkedHashMap<>();
        for (JsonNode position : positions) {
            StanceTopic topic = topics.get(position.path("topic").asText());
            List<StanceAssessment> assessed = new ArrayList<>();
            for (JsonNode evidence : position.path("evidence")) {
                JsonNode statement = statements.get(spanKey(evidence.path("article").asText(), evidence.path("span")));
                if (statement != null && topic != null) {
                    assessed.add(assessor.assess(statement.path("text").asText(), statement.path("cue").asText(null),
                            QuoteForm.named(statement.path("kind").asText()), topic));
                }
            }
            if (assessed.isEmpty()) {
                continue;
            }
            compared++;
            StanceLabel verdict = StanceTimeline.vote(assessed);
            String curated = position.path("stance").asText();
            if (verdict.name().equals(curated)) {
                agreeing++;
            } else if (details != null) {
                details.printf("evidence   %-22s %-26s curated %-8s assessed %-8s %s%n", position.path("actor").asText(),
                        position.path("topic").asText(), curated, verdict, listed(assessed));
            }
            String pair = position.path("actor").asText() + "\t" + position.path("topic").asText();
            JsonNode earlier = latestCurated.get(pair);
            if (earlier == null || !LocalDate.parse(earlier.path("validFrom").asText())
                    .isAfter(LocalDate.parse(position.path("validFrom").asText()))) {
                latestCurated.put(pair, position);
            }
        }

        Map<String, StanceLabel> extracted = endToEnd(articles, topics, keywords, assessor);
        int pairsAgreeing = 0;
        int pairsAssessed = 0;
        for (Map.Entry<String, JsonNode> pair : latestCurated.entrySet()) {
            StanceLabel stance = extracted.get(pair.getKey());
            String curated = pair.getValue().path("stance").asText();
            if (stance != null) {
                pairsAssessed++;
            }
            if (stance != null && stance.name().equals(curated)) {
                pairsAgreeing++;
            } else if (details != null) {
                details.printf("end to end %-50s curated %-8s extractor %s%n", pair.getKey().replace('\t', ' '), curated,
                        stance == null ? "(no position)" : stance);
            }
        }
        return new Agreement(agreeing, compared, pairsAgreeing, latestCurated.size(), pairsAssessed);
    }

    /** The extractor's current stance per "actor\ttopic", from the articles' bodies as ingestion would read them. */
    private static Map<String, StanceLabel> endToEnd(List<JsonNode> articles, Map<String, StanceTopic> topics,
            Map<String, List<String>> keywords, StanceAssessor assessor) {
        StatementExtractor extractor = new StatementExtractor();
        Map<Long, String> slugById = new HashMap<>();
        Map<Long, List<String>> keywordsById = new HashMap<>();
        long id = 0;
        for (Map.Entry<String, List<String>> topic : keywords.entrySet()) {
            slugById.put(++id, topic.getKey());
            keywordsById.put(id, topic.getValue());
        }
        TopicTagger tagger = new TopicTagger(keywordsById);
        Map<String, List<StanceTimeline.Evidence>> byPair = new LinkedHashMap<>();
        long statementId = 0;
        long articleId = 0;
        for (JsonNode article : articles) {
            articleId++;
            LocalDate publishedOn = LocalDate.parse(article.path("publishedOn").asText());
            ArticleText text = ArticleText.of(Arrays.asList(article.path("body").asText().split("\n\n")), publishedOn,
                    article.path("outlet").asText(null), null, null);
            Extraction extraction = extractor.extract(text, ActorRegistry.EMPTY);
            for (ExtractedStatement statement : extraction.statements()) {
                statementId++;
                LocalDate date = statement.saidOn() != null ? statement.saidOn().date() : publishedOn;
                for (Long topicId : tagger.topicsOf(statement.text())) {
                    String slug = slugById.get(topicId);
                    StanceAssessment assessment = assessor.assess(statement.text(), statement.cue(),
                            QuoteForm.named(statement.kind().name()), topics.get(slug));
                    for (Speaker speaker : statement.speakers()) {
                        byPair.computeIfAbsent(speaker.name() + "\t" + slug, key -> new ArrayList<>())
                                .add(new StanceTimeline.Evidence(statementId, articleId, statement.text(), date, assessment));
                    }
                }
            }
        }
        Map<String, StanceLabel> current = new HashMap<>();
        byPair.forEach((pair, evidence) -> {
            List<StanceTimeline.Period> periods = StanceTimeline.of(evidence);
            current.put(pair, periods.get(periods.size() - 1).stance());
        });
        return current;
    }

    /** The evidence's assessments as the report lists them: stance, confidence and cues. */
    private static String listed(List<StanceAssessment> assessments) {
        return assessments.stream().map(assessment -> "StanceAssessment[stance=" + assessment.stance()
                + ", confidence=" + assessment.confidence() + ", cues=" + assessment.cues() + "]").toList().toString();
    }

    private static String spanKey(String article, JsonNode span) {
        return article + "@" + span.path(0).asInt() + "-" + span.path(1).asInt();
    }
}
