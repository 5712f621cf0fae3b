package io.stancegraph.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.article.Article;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.tools.synthetic.SyntheticRows.ActorRow;
import io.stancegraph.tools.synthetic.SyntheticRows.AliasRow;
import io.stancegraph.tools.synthetic.SyntheticRows.ArticleRow;
import io.stancegraph.tools.synthetic.SyntheticRows.EventRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PositionRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PostRow;
import io.stancegraph.tools.synthetic.SyntheticRows.StatementRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TenureRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TopicRow;
import io.stancegraph.tools.synthetic.Vocabulary.TopicTemplate;

/** The shapes of a small synthetic data set: what benchmarks on it rely on, and what the schema demands. */
class SyntheticDataGeneratorTest {

    private static final double SCALE = 0.05;
    private static final long SEED = 42;

    private static SyntheticDataGenerator generator;
    private static List<ArticleRow> articles;
    private static List<StatementRow> statements;
    private static Map<Long, StatementRow> statementsById;
    private static List<PositionRow> positions;

    @BeforeAll
    static void generate() {
        generator = new SyntheticDataGenerator(SCALE, SEED);
        articles = generator.articles().toList();
        statements = articles.stream().flatMap(article -> article.statements().stream()).toList();
        statementsById = statements.stream().collect(Collectors.toMap(StatementRow::id, Function.identity()));
        PositionPlanner planner = generator.positionPlanner();
        statements.forEach(planner::accept);
        positions = planner.positions();
    }

    @Test
    void sizesFollowTheScale() {
        assertThat(generator.actors()).hasSize(50);
        assertThat(articles).hasSize(500);
        assertThat(generator.events()).hasSize(50);
        assertThat(generator.topics()).hasSize(20);
        assertThat(positions).hasSize(250);
        assertThat((double) statements.size()).isCloseTo(5_000, within(250.0));
        assertThat(generator.statementCount()).isEqualTo(statements.size());
        double averageBody = articles.stream().mapToInt(article -> article.body().length()).average().orElseThrow();
        assertThat(averageBody).as("a few KB per article").isBetween(2_000.0, 5_000.0);
    }

    @Test
    void theSameScaleAndSeedGiveTheSameRowsIdsIncluded() {
        SyntheticDataGenerator again = new SyntheticDataGenerator(SCALE, SEED);
        assertThat(again.actors()).isEqualTo(generator.actors());
        assertThat(again.aliases()).isEqualTo(generator.aliases());
        assertThat(again.tenures()).isEqualTo(generator.tenures());
        assertThat(again.events()).isEqualTo(generator.events());
        assertThat(again.articles().toList()).isEqualTo(articles);
        PositionPlanner planner = again.positionPlanner();
        statements.forEach(planner::accept);
        assertThat(planner.positions()).isEqualTo(positions);

        SyntheticDataGenerator otherSeed = new SyntheticDataGenerator(SCALE, SEED + 1);
        assertThat(otherSeed.actors()).isNotEqualTo(generator.actors());
        assertThat(otherSeed.article(0).body()).isNotEqualTo(articles.get(0).body());
    }

    @Test
    void anArticleMadeAgainOnItsOwnIsTheSame() {
        // The loader makes each article twice, in two passes; both must agree.
        assertThat(generator.article(321)).isEqualTo(articles.get(321));
        assertThat(generator.article(0)).isEqualTo(articles.get(0));
    }

    @Test
    void statementTextIsTheBodyAtItsSpanInTheParagraphItNames() {
        long expectedId = 1;
        for (ArticleRow article : articles) {
            int previousEnd = 0;
            for (StatementRow statement : article.statements()) {
                assertThat(statement.id()).isEqualTo(expectedId++);
                assertThat(statement.articleId()).isEqualTo(article.id());
                assertThat(article.body().substring(statement.spanStart(), statement.spanEnd()))
                        .isEqualTo(statement.text());
                assertThat(statement.text()).doesNotContain(Article.PARAGRAPH_SEPARATOR);
                String before = article.body().substring(0, statement.spanStart());
                assertThat(Article.paragraphsOf(before).length - 1).isEqualTo(statement.paragraph());
                assertThat(statement.spanStart()).as("reading order, no overlap").isGreaterThanOrEqualTo(previousEnd);
                previousEnd = statement.spanEnd();
                if (statement.kind() != StatementKind.INDIRECT) {
                    assertThat(before).endsWith("“");
                    assertThat(article.body().substring(statement.spanEnd())).startsWith(
                            statement.kind() == StatementKind.DIRECT && !statement.text().endsWith(".") ? ",”" : "”");
                }
            }
        }
    }

    @Test
    void aFewActorsSayMostThingsWithOneToThreeSpeakersEach() {
        Map<Long, Long> saidBy = new HashMap<>();
        for (StatementRow statement : statements) {
            assertThat(statement.speakerIds()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            statement.speakerIds().forEach(actor -> saidBy.merge(actor, 1L, Long::sum));
        }
        List<Long> counts = saidBy.values().stream().sorted(Comparator.reverseOrder()).toList();
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long topTenth = counts.subList(0, generator.actors().size() / 10).stream().mapToLong(Long::longValue).sum();
        // Zipf with weight 1 / rank: the top tenth of 50 actors says about half; evenly spread it would say a tenth.
        assertThat((double) topTenth / total).as("share of the most quoted tenth of actors").isGreaterThan(0.4);
        assertThat(counts.get(0)).as("the most quoted against the median actor")
                .isGreaterThan(5 * counts.get(counts.size() / 2));
        double multiple = statements.stream().filter(s -> s.speakerIds().size() > 1).count() / (double) statements.size();
        assertThat(multiple).isBetween(0.05, 0.3);
    }

    @Test
    void kindsCuesAndDatesLookLikeReportedSpeech() {
        Map<StatementKind, Long> byKind = statements.stream()
                .collect(Collectors.groupingBy(StatementRow::kind, Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(StatementKind.values());
        byKind.values().forEach(count -> assertThat((double) count / statements.size()).isGreaterThan(0.1));
        assertThat(statements).extracting(StatementRow::cue).containsAnyOf("say", "tell", "warn", "according to")
                .allSatisfy(cue -> assertThat(cue).isIn("say", "add", "warn", "insist", "tell", "write", "argue",
                        "claim", "announce", "according to", "vow", "promise", "pledge", "agree", "describe", "call"));
        Map<Long, LocalDate> published = articles.stream()
                .collect(Collectors.toMap(ArticleRow::id, ArticleRow::publishedOn));
        for (StatementRow statement : statements) {
            LocalDate articleDate = published.get(statement.articleId());
            assertThat(statement.datedOn()).isEqualTo(statement.saidOn() != null ? statement.saidOn() : articleDate);
            assertThat(statement.saidOnPrecision() == null).isEqualTo(statement.saidOn() == null);
            assertThat(statement.datedOn()).isBeforeOrEqualTo(articleDate).isAfterOrEqualTo(articleDate.minusDays(62));
        }
        assertThat(articles).extracting(ArticleRow::publishedOn)
                .allSatisfy(day -> assertThat(day).isBetween(SyntheticDataGenerator.FIRST_DAY, SyntheticDataGenerator.LAST_DAY))
                .isSorted();
    }

    @Test
    void statementsAtAnEventAreByItsParticipantsAndTheirArticlesReportIt() {
        Map<Long, EventRow> events = generator.events().stream().collect(Collectors.toMap(EventRow::id, e -> e));
        Map<Long, List<Long>> reportedBy = articles.stream().collect(Collectors.toMap(ArticleRow::id, ArticleRow::eventIds));
        List<StatementRow> atEvents = statements.stream().filter(s -> s.eventId() != null).toList();
        assertThat((double) atEvents.size() / statements.size()).as("share linked to events").isBetween(0.05, 0.6);
        for (StatementRow statement : atEvents) {
            EventRow event = events.get(statement.eventId());
            assertThat(event.participantIds()).containsAll(statement.speakerIds());
            assertThat(reportedBy.get(statement.articleId())).contains(event.id());
            assertThat(statement.saidOn()).isEqualTo(event.startDate());
        }
    }

    @Test
    void topicsAreExactlyThoseWhoseKeywordsTheTextContains() {
        // The rule ingestion tags statements by: keywords as whole words, case-insensitive.
        Map<Long, Pattern> keywordPatterns = new HashMap<>();
        for (TopicRow topic : generator.topics()) {
            keywordPatterns.put(topic.id(), wholeWords(topic.keywords()));
        }
        for (StatementRow statement : statements) {
            String text = statement.text().toLowerCase(Locale.ROOT);
            Set<Long> matching = keywordPatterns.entrySet().stream()
                    .filter(entry -> entry.getValue().matcher(text).find()).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(new HashSet<>(statement.topicIds())).as(statement.text()).isEqualTo(matching);
        }
        double tagged = statements.stream().filter(s -> !s.topicIds().isEmpty()).count() / (double) statements.size();
        assertThat(tagged).isBetween(0.5, 0.85);
        long ceasefire = statements.stream().filter(s -> s.text().toLowerCase(Locale.ROOT).contains("ceasefire")).count();
        assertThat((double) ceasefire / statements.size()).as("a realistic fraction mentions a ceasefire")
                .isBetween(0.01, 0.2);
    }

    @Test
    void everyPhraseCarriesItsOwnTopicsKeywordsAndNoOther() {
        Map<String, Pattern> patterns = Vocabulary.TOPICS.stream()
                .collect(Collectors.toMap(TopicTemplate::slug, topic -> wholeWords(topic.keywords())));
        for (TopicTemplate topic : Vocabulary.TOPICS) {
            for (String phrase : concat(topic.verbPhrases(), topic.nounPhrases())) {
                String lower = phrase.toLowerCase(Locale.ROOT);
                assertThat(patterns.entrySet()).as(phrase).allSatisfy(other -> assertThat(
                        other.getValue().matcher(lower).find()).isEqualTo(other.getKey().equals(topic.slug())));
            }
        }
        List<String> general = new ArrayList<>(concat(Vocabulary.GENERAL_VERB_PHRASES, Vocabulary.GENERAL_NOUN_PHRASES));
        general.addAll(concat(Vocabulary.FOLLOW_UPS, Vocabulary.ADJUNCTS));
        general.addAll(concat(Vocabulary.DIRECT_SUBJECTS, Vocabulary.REPORTED_SUBJECTS));
        general.addAll(concat(Vocabulary.MODALS, Vocabulary.REPORTED_MODALS));
        general.addAll(Vocabulary.OPENERS);
        for (String phrase : general) {
            assertThat(patterns.values()).as(phrase)
                    .noneMatch(pattern -> pattern.matcher(phrase.toLowerCase(Locale.ROOT)).find());
        }
    }

    @Test
    void positionsHaveHistoryAndRestOnTheActorsOwnStatementsOnTheTopic() {
        Map<String, List<PositionRow>> histories = new TreeMap<>();
        positions.forEach(position -> histories.computeIfAbsent(position.actorId() + "/" + position.topicId(),
                key -> new ArrayList<>()).add(position));
        long withHistory = histories.values().stream().filter(history -> history.size() > 1).count();
        assertThat((double) withHistory / histories.size()).as("actor-topic pairs with several positions")
                .isGreaterThan(0.4);
        for (List<PositionRow> history : histories.values()) {
            history.sort(Comparator.comparing(PositionRow::validFrom));
            assertThat(history).extracting(PositionRow::validFrom).doesNotHaveDuplicates();
            for (int i = 0; i < history.size(); i++) {
                PositionRow position = history.get(i);
                if (i > 0) {
                    assertThat(position.stance()).isNotEqualTo(history.get(i - 1).stance());
                }
                assertThat(position.evidenceIds()).hasSizeBetween(1, 5).doesNotHaveDuplicates();
                assertThat(position.confidence()).isBetween(0.0, 1.0);
                assertThat(position.assessor()).matches("extractor|editor:[a-z.]+");
                LocalDate until = i + 1 < history.size() ? history.get(i + 1).validFrom() : LocalDate.MAX;
                List<StatementRow> evidence = position.evidenceIds().stream().map(statementsById::get).toList();
                assertThat(evidence).allSatisfy(statement -> {
                    assertThat(statement.speakerIds()).contains(position.actorId());
                    assertThat(statement.topicIds()).contains(position.topicId());
                    assertThat(statement.datedOn()).isAfterOrEqualTo(position.validFrom()).isBefore(until);
                });
                assertThat(evidence).extracting(StatementRow::datedOn).contains(position.validFrom());
            }
        }
    }

    @Test
    void aForeignSecretaryIsReplacedMidPeriodAndRolesFollowTheTenures() {
        PostRow foreignSecretary = generator.posts().stream()
                .filter(post -> post.label().equals("Foreign Secretary of the United Kingdom")).findFirst().orElseThrow();
        List<TenureRow> holders = generator.tenures().stream()
                .filter(tenure -> tenure.postId() == foreignSecretary.id()).toList();
        assertThat(holders).hasSizeGreaterThanOrEqualTo(2);
        assertThat(holders.get(0).endDate()).isBetween(SyntheticDataGenerator.FIRST_DAY, SyntheticDataGenerator.LAST_DAY);
        assertThat(holders.get(1).startDate()).isEqualTo(holders.get(0).endDate().plusDays(1));

        Map<Long, List<TenureRow>> tenuresByActor = generator.tenures().stream()
                .collect(Collectors.groupingBy(TenureRow::actorId));
        List<StatementRow> withRole = statements.stream().filter(s -> s.speakerRole() != null).toList();
        assertThat(withRole).isNotEmpty().allSatisfy(statement -> assertThat(
                tenuresByActor.get(statement.speakerIds().get(0))).anySatisfy(tenure -> assertThat(statement.datedOn())
                        .isAfterOrEqualTo(tenure.startDate())
                        .isBeforeOrEqualTo(tenure.endDate() == null ? LocalDate.MAX : tenure.endDate())));
    }

    @Test
    void rowsKeepTheSchemasConstraints() {
        assertThat(generator.actors()).extracting(actor -> actor.canonicalName() + "|" + actor.kind())
                .doesNotHaveDuplicates();
        assertThat(generator.actors()).allSatisfy(actor -> {
            assertThat(actor.canonicalName()).hasSizeBetween(1, 300);
            assertThat(actor.country()).satisfiesAnyOf(country -> assertThat(country).isNull(),
                    country -> assertThat(country).matches("[A-Z]{2}"));
        });
        Map<Long, ActorRow> actors = generator.actors().stream().collect(Collectors.toMap(ActorRow::id, a -> a));
        assertThat(generator.aliases()).extracting(alias -> alias.actorId() + "|" + alias.normalized())
                .doesNotHaveDuplicates();
        for (AliasRow alias : generator.aliases()) {
            assertThat(alias.normalized()).isEqualTo(ActorAlias.normalize(alias.alias()))
                    .isNotEqualTo(ActorAlias.normalize(actors.get(alias.actorId()).canonicalName()));
        }
        assertThat(generator.posts()).extracting(PostRow::label).doesNotHaveDuplicates();
        assertThat(generator.tenures()).allSatisfy(tenure -> {
            assertThat(actors).containsKey(tenure.actorId());
            if (tenure.endDate() != null) {
                assertThat(tenure.endDate()).isAfterOrEqualTo(tenure.startDate());
            }
        });
        assertThat(generator.events()).extracting(event -> event.name() + "|" + event.startDate()).doesNotHaveDuplicates();
        assertThat(generator.events()).allSatisfy(event -> {
            assertThat(event.name()).hasSizeBetween(1, 300);
            assertThat(event.participantIds()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(actors.keySet()).containsAll(event.participantIds());
            if (event.endDate() != null) {
                assertThat(event.endDate()).isAfter(event.startDate());
            }
        });
        assertThat(articles).extracting(ArticleRow::contentHash).doesNotHaveDuplicates();
        assertThat(articles).extracting(ArticleRow::sourceKey).doesNotHaveDuplicates();
        assertThat(articles).extracting(ArticleRow::url).filteredOn(url -> url != null).doesNotHaveDuplicates()
                .allSatisfy(url -> assertThat(url).startsWith("https://").hasSizeLessThanOrEqualTo(2000));
        assertThat(articles).extracting(ArticleRow::eventIds).allSatisfy(ids -> assertThat(ids).doesNotHaveDuplicates());
        for (StatementRow statement : statements) {
            assertThat(statement.cue()).hasSizeBetween(1, 100);
            assertThat(statement.spanEnd()).isGreaterThan(statement.spanStart());
            assertThat(statement.topicIds()).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isBetween(1L, 20L));
            assertThat(actors.keySet()).containsAll(statement.speakerIds());
            if (statement.medium() != null) {
                assertThat(statement.medium()).hasSizeLessThanOrEqualTo(200);
            }
        }
    }

    private static Pattern wholeWords(List<String> keywords) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + keywords.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
