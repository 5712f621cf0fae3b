package io.stancegraph.tools.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.stancegraph.tools.synthetic.SyntheticRows.ActorRow;
import io.stancegraph.tools.synthetic.SyntheticRows.AliasRow;
import io.stancegraph.tools.synthetic.SyntheticRows.ArticleRow;
import io.stancegraph.tools.synthetic.SyntheticRows.EventRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PostRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TenureRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TopicRow;
import io.stancegraph.tools.synthetic.Vocabulary.TopicTemplate;

/**
 * A synthetic Stancegraph data set of a given scale, the same for the same scale and seed, ids included.
 *
 * <p>Scale 1 is about 1,000 actors, 10,000 articles, 100,000 statements, 1,000 events, 20 topics and 5,000
 * positions, over the two years {@link #FIRST_DAY} to {@link #LAST_DAY}. Actors, offices, events and topics are
 * made up front (they are small); articles with their statements are made one at a time, by index, so a loader
 * can stream them and make them again for a second pass instead of holding them.
 */
public final class SyntheticDataGenerator {

    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final long DAYS = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
    /** Weight 1 / rank: the most quoted actor says about twice as much as the second, ten times the tenth. */
    static final double ZIPF_EXPONENT = 1.0;

    /** How many of each the data set holds (statements follow from the articles: about ten each). */
    public record Sizes(int actors, int articles, int events, int topics, int positions) {

        static Sizes at(double scale) {
            return new Sizes(atLeast(5, 1_000 * scale), atLeast(1, 10_000 * scale), atLeast(1, 1_000 * scale),
                    Vocabulary.TOPICS.size(), atLeast(1, 5_000 * scale));
        }

        private static int atLeast(int minimum, double count) {
            return (int) Math.max(minimum, Math.round(count));
        }
    }

    private final double scale;
    private final long seed;
    private final Sizes sizes;
    private final List<TopicRow> topics;
    private final ActorCatalogue actors;
    private final EventCatalogue events;
    private final ArticleComposer composer;

    public SyntheticDataGenerator(double scale, long seed) {
        if (!(scale > 0 && scale <= 1_000)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1000: " + scale);
        }
        this.scale = scale;
        this.seed = seed;
        this.sizes = Sizes.at(scale);
        List<TopicTemplate> templates = Vocabulary.TOPICS;
        this.topics = new ArrayList<>(templates.size());
        for (TopicTemplate topic : templates) {
            topics.add(new TopicRow(topics.size() + 1, topic.slug(), topic.name(), topic.description(), topic.keywords()));
        }
        this.actors = new ActorCatalogue(sizes.actors(), seed,
                templates.stream().mapToDouble(TopicTemplate::weight).toArray());
        this.events = new EventCatalogue(sizes.events(), seed, actors);
        this.composer = new ArticleComposer(seed, actors, events, templates, sizes.articles());
    }

    public double scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    public Sizes sizes() {
        return sizes;
    }

    public List<TopicRow> topics() {
        return topics;
    }

    public List<ActorRow> actors() {
        return actors.actors;
    }

    public List<AliasRow> aliases() {
        return actors.aliases;
    }

    public List<PostRow> posts() {
        return actors.posts;
    }

    public List<TenureRow> tenures() {
        return actors.tenures;
    }

    public List<EventRow> events() {
        return events.events.stream().map(EventCatalogue.Profiled::row).toList();
    }

    public int articleCount() {
        return sizes.articles();
    }

    /** Exact: statement counts are drawn before any article is written. */
    public long statementCount() {
        return composer.statementCount();
    }

    /** Article {@code index} (0-based; its id is index + 1) with its statements. */
    public ArticleRow article(int index) {
        if (index < 0 || index >= sizes.articles()) {
            throw new IndexOutOfBoundsException(index);
        }
        return composer.compose(index);
    }

    /** Every article, in id order, made as it is consumed. */
    public Stream<ArticleRow> articles() {
        return IntStream.range(0, sizes.articles()).mapToObj(this::article);
    }

    /** Collects the statements as they are generated and then makes the positions with their evidence. */
    public PositionPlanner positionPlanner() {
        return new PositionPlanner(sizes.positions(), seed, actors);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "scale %s, seed %d", scale, seed);
    }
}
