package io.stancegraph.tools.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.tools.synthetic.ActorCatalogue.Profile;
import io.stancegraph.tools.synthetic.EventCatalogue.Profiled;
import io.stancegraph.tools.synthetic.SyntheticRows.ArticleRow;
import io.stancegraph.tools.synthetic.SyntheticRows.StatementRow;
import io.stancegraph.tools.synthetic.Vocabulary.Medium;
import io.stancegraph.tools.synthetic.Vocabulary.Outlet;
import io.stancegraph.tools.synthetic.Vocabulary.TopicTemplate;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrigin;

/**
 * Writes one article: paragraphs of the reporter's own sentences and of statements, each statement a sentence
 * that quotes or reports an actor, so that its text, paragraph and span point into the body as an extractor's
 * would. Everything is drawn from the article's own random stream: the same index gives the same article.
 */
final class ArticleComposer {

    private static final List<StatementKind> KINDS = List.of(StatementKind.DIRECT, StatementKind.INDIRECT,
            StatementKind.PARTIAL);
    private static final double[] KIND_WEIGHTS = { 45, 35, 20 };
    /** Share of statements linked to one of the events their article reports. */
    private static final double AT_AN_EVENT = 0.5;
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^a-z0-9]+");

    /** A reporting verb as the body writes it and as the statement records it. */
    private record Cue(String lemma, String written, String medium) {
        Cue(String lemma, String written) {
            this(lemma, written, null);
        }
    }

    /** How an article names the speakers of a statement, and the role it gives the speaker, if any. */
    private record SpeakerPhrase(String text, String role) {
    }

    private static final List<Cue> PLEDGES = List.of(new Cue("vow", "vowed"), new Cue("promise", "promised"),
            new Cue("pledge", "pledged"));
    private static final List<Cue> JOINT_PLEDGES = List.of(new Cue("agree", "agreed"), new Cue("vow", "vowed"));

    private final long seed;
    private final ActorCatalogue actors;
    private final EventCatalogue events;
    private final List<TopicTemplate> topics;
    private final Draw.Weighted<Integer> speakerRanks;
    private final Draw.Weighted<Integer> topicPopularity;
    private final Draw.Weighted<StatementKind> kinds = new Draw.Weighted<>(KINDS, KIND_WEIGHTS);
    private final Draw.Weighted<Outlet> outlets;
    private final int articleCount;
    /** First statement id of each article, and one past the last at the end. */
    private final long[] firstStatementIds;

    ArticleComposer(long seed, ActorCatalogue actors, EventCatalogue events, List<TopicTemplate> topics,
            int articleCount) {
        this.seed = seed;
        this.actors = actors;
        this.events = events;
        this.topics = topics;
        this.articleCount = articleCount;
        this.speakerRanks = Draw.Weighted.zipf(actors.byProminence.length, SyntheticDataGenerator.ZIPF_EXPONENT);
        this.topicPopularity = new Draw.Weighted<>(indices(topics.size()),
                topics.stream().mapToDouble(TopicTemplate::weight).toArray());
        this.outlets = new Draw.Weighted<>(Vocabulary.OUTLETS,
                Vocabulary.OUTLETS.stream().mapToDouble(Outlet::weight).toArray());
        // Statement counts come first, from a stream of their own, so ids are known before any article is written.
        SplittableRandom sizes = Draw.random(seed, Streams.ARTICLE_SIZES, 0);
        firstStatementIds = new long[articleCount + 1];
        firstStatementIds[0] = 1;
        for (int i = 0; i < articleCount; i++) {
            firstStatementIds[i + 1] = firstStatementIds[i] + 4 + sizes.nextInt(13); // 4 to 16, ten on average
        }
    }

    long statementCount() {
        return firstStatementIds[articleCount] - 1;
    }

    LocalDate publishedOn(int index) {
        return SyntheticDataGenerator.FIRST_DAY.plusDays(index * SyntheticDataGenerator.DAYS / articleCount);
    }

    ArticleRow compose(int index) {
        SplittableRandom random = Draw.random(seed, Streams.ARTICLES, index);
        long articleId = index + 1;
        LocalDate published = publishedOn(index);
        Outlet outlet = outlets.pick(random);
        List<Profiled> reported = reportedEvents(random, published);
        int statementCount = (int) (firstStatementIds[index + 1] - firstStatementIds[index]);

        List<Boolean> layout = layout(random, statementCount);
        Body body = new Body();
        Narrative narrative = new Narrative(random, published);
        Set<Long> mentioned = new LinkedHashSet<>();
        List<StatementRow> statements = new ArrayList<>(statementCount);
        long statementId = firstStatementIds[index];
        for (boolean statementParagraph : layout) {
            body.newParagraph();
            if (!statementParagraph) {
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    body.sentence(narrative.next());
                }
                continue;
            }
            if (Draw.chance(random, 0.2)) {
                body.sentence(narrative.next());
            }
            statements.add(statement(random, statementId++, articleId, published, reported, body, mentioned));
            if (Draw.chance(random, 0.5)) {
                body.sentence(narrative.next());
            }
        }
        String headline = Draw.chance(random, 0.85) ? headline(random, statements.get(0)) : null;
        String url = Draw.chance(random, 0.9) ? url(random, outlet, published, headline, articleId) : null;
        return new ArticleRow(articleId, "syn_%07d".formatted(articleId), outlet.name(), url, headline, published,
                body.text.toString(), statements, reported.stream().map(event -> event.row().id()).toList());
    }

    /** Up to two events of the week before publication that the article reports on. */
    private List<Profiled> reportedEvents(SplittableRandom random, LocalDate published) {
        List<Profiled> candidates = events.startingBetween(published.minusDays(6), published);
        double draw = random.nextDouble();
        int wanted = candidates.isEmpty() || draw < 0.35 ? 0 : draw < 0.8 ? 1 : 2;
        LinkedHashSet<Profiled> chosen = new LinkedHashSet<>();
        for (int attempt = 0; chosen.size() < Math.min(wanted, candidates.size()) && attempt < 10; attempt++) {
            chosen.add(Draw.one(random, candidates));
        }
        return List.copyOf(chosen);
    }

    /** Statement paragraphs (true) and the reporter's own (false); more often than not a paragraph of context leads. */
    private static List<Boolean> layout(SplittableRandom random, int statementCount) {
        int narrativeCount = 3 + random.nextInt(6);
        List<Boolean> layout = new ArrayList<>(statementCount + narrativeCount);
        boolean leadIsContext = Draw.chance(random, 0.6);
        layout.add(!leadIsContext);
        for (int i = 0; i < statementCount - (leadIsContext ? 0 : 1); i++) {
            layout.add(true);
        }
        for (int i = 0; i < narrativeCount - (leadIsContext ? 1 : 0); i++) {
            layout.add(false);
        }
        Draw.shuffle(layout.subList(1, layout.size()), random);
        return layout;
    }

    // ---------------------------------------------------------------------------------------------- statements

    private StatementRow statement(SplittableRandom random, long id, long articleId, LocalDate published,
            List<Profiled> reported, Body body, Set<Long> mentioned) {
        StatementKind kind = kinds.pick(random);
        Profiled event = !reported.isEmpty() && Draw.chance(random, AT_AN_EVENT) ? Draw.one(random, reported) : null;
        List<Profile> speakers = speakers(random, event);
        List<Integer> topicIndices = topics(random, speakers.get(0));
        List<TopicTemplate> about = topicIndices.stream().map(topics::get).toList();
        boolean accordingTo = kind == StatementKind.INDIRECT && event == null && Draw.chance(random, 0.15);

        LocalDate saidOn = null;
        DatePrecision precision = null;
        String when = "";
        if (event != null) {
            saidOn = event.row().startDate();
            precision = event.row().datePrecision();
            when = precision == DatePrecision.DAY ? dayPhrase(random, saidOn, published) : "";
        } else if (!accordingTo) {
            double draw = random.nextDouble();
            if (draw < 0.6) {
                double back = random.nextDouble();
                saidOn = published.minusDays(back < 0.55 ? 0 : back < 0.8 ? 1 : 2 + random.nextInt(5));
                precision = DatePrecision.DAY;
                when = dayPhrase(random, saidOn, published);
            } else if (draw < 0.7) {
                saidOn = published.minusWeeks(1).with(DayOfWeek.MONDAY);
                precision = DatePrecision.WEEK;
                when = " last week";
            } else if (draw < 0.75) {
                saidOn = published.minusMonths(1).withDayOfMonth(1);
                precision = DatePrecision.MONTH;
                when = " last month";
            }
        }
        LocalDate datedOn = saidOn != null ? saidOn : published;
        String where = event == null ? "" : " " + event.mention();
        boolean allMentionedBefore = speakers.stream().allMatch(speaker -> mentioned.contains(speaker.id));
        SpeakerPhrase speakerPhrase = speakerPhrase(random, speakers, datedOn, mentioned);
        String who = speakerPhrase.text;

        String text;
        String cue;
        String medium = event == null ? null : event.medium();
        int spanStart;
        switch (kind) {
            case DIRECT -> {
                String quotation = StatementPhrases.quotation(random, about);
                Cue verb = directCue(random, allMentionedBefore, event != null);
                medium = verb.medium != null ? verb.medium : medium;
                cue = verb.lemma;
                if (Draw.chance(random, 0.6)) {
                    text = quotation;
                    spanStart = body.sentence("“", text, ",” " + who + " " + verb.written + when + where + ".");
                } else {
                    text = quotation + ".";
                    spanStart = body.sentence(StatementPhrases.capitalise(who) + " " + verb.written + when + where
                            + ": “", text, "”");
                }
            }
            case INDIRECT -> {
                text = StatementPhrases.reportedClause(random, about);
                if (accordingTo) {
                    cue = "according to";
                    spanStart = body.sentence("According to " + who + ", ", text, ".");
                } else {
                    Cue verb = reportedCue(random, event != null);
                    medium = verb.medium != null ? verb.medium : medium;
                    cue = verb.lemma;
                    spanStart = body.sentence(StatementPhrases.capitalise(who) + " " + verb.written + when + where
                            + " that ", text, ".");
                }
            }
            default -> {
                String opening = StatementPhrases.capitalise(who);
                if (Draw.chance(random, 0.5)) {
                    text = StatementPhrases.verbPhrase(random, about);
                    Cue verb = Draw.one(random, speakers.size() > 1 ? JOINT_PLEDGES : PLEDGES);
                    cue = verb.lemma;
                    spanStart = body.sentence(opening + " " + verb.written + when + where + " to “", text, "”.");
                } else {
                    text = StatementPhrases.nounPhrase(random, about);
                    String target = Draw.one(random, Vocabulary.TARGETS);
                    double form = random.nextDouble();
                    if (about.isEmpty() && form < 0.25) {
                        cue = "warn";
                        spanStart = body.sentence(opening + " warned of “", text, "”" + when + where + ".");
                    } else if (form < 0.6) {
                        cue = "describe";
                        spanStart = body.sentence(opening + " described " + target + " as “", text,
                                "”" + when + where + ".");
                    } else {
                        cue = "call";
                        spanStart = body.sentence(opening + " called " + target + " “", text, "”" + when + where + ".");
                    }
                }
            }
        }
        StatementOrigin origin = Draw.chance(random, 0.85) ? StatementOrigin.EXTRACTED : StatementOrigin.CURATED;
        return new StatementRow(id, articleId, kind, text, cue, body.paragraph, spanStart, spanStart + text.length(),
                saidOn, precision, datedOn, event == null ? null : event.row().id(), medium, speakerPhrase.role, origin,
                speakers.stream().map(speaker -> speaker.id).toList(),
                topicIndices.stream().map(topic -> topic + 1L).toList());
    }

    /** One speaker mostly, sometimes two or three; at an event, its participants, the most prominent most often. */
    private List<Profile> speakers(SplittableRandom random, Profiled event) {
        double draw = random.nextDouble();
        int wanted = draw < 0.85 ? 1 : draw < 0.97 ? 2 : 3;
        List<Long> pool = event == null ? null : event.row().participantIds();
        Draw.Weighted<Integer> ranks = pool == null ? speakerRanks
                : Draw.Weighted.zipf(pool.size(), SyntheticDataGenerator.ZIPF_EXPONENT);
        LinkedHashSet<Long> chosen = new LinkedHashSet<>();
        int available = pool == null ? actors.byProminence.length : pool.size();
        for (int attempt = 0; chosen.size() < Math.min(wanted, available) && attempt < 20; attempt++) {
            int rank = ranks.pick(random);
            chosen.add(pool == null ? actors.byProminence[rank] : pool.get(rank));
        }
        return chosen.stream().map(actors::profile).toList();
    }

    /** None, one or two topics (by index): mostly ones the first speaker often talks about. */
    private List<Integer> topics(SplittableRandom random, Profile speaker) {
        double draw = random.nextDouble();
        int wanted = draw < 0.3 ? 0 : draw < 0.88 ? 1 : 2;
        LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
        if (wanted > 0) {
            chosen.add(Draw.chance(random, 0.8) && speaker.favouriteTopics.length > 0
                    ? speaker.favouriteTopics[random.nextInt(speaker.favouriteTopics.length)]
                    : topicPopularity.pick(random));
        }
        for (int attempt = 0; chosen.size() < wanted && attempt < 10; attempt++) {
            chosen.add(topicPopularity.pick(random));
        }
        return List.copyOf(chosen);
    }

    /** How the article names the speakers: in full on first mention (with a title, sometimes), briefly after. */
    private static SpeakerPhrase speakerPhrase(SplittableRandom random, List<Profile> speakers, LocalDate day,
            Set<Long> mentioned) {
        List<String> names = new ArrayList<>(speakers.size());
        String role = null;
        for (Profile speaker : speakers) {
            boolean first = mentioned.add(speaker.id);
            String title = speaker.kind == ActorKind.PERSON && speakers.size() == 1 ? speaker.titleOn(day) : null;
            if (title != null && first && Draw.chance(random, 0.6)) {
                role = title;
                names.add(title + " " + speaker.fullName);
            } else if (title != null && !first && Draw.chance(random, 0.25)) {
                role = title;
                names.add("the " + title);
            } else {
                names.add(first ? speaker.fullName : speaker.shortName);
            }
        }
        String text = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return new SpeakerPhrase(text, role);
    }

    /** At an event, only verbs that name no other audience or platform: "told the BBC at the summit" would not do. */
    private static Cue directCue(SplittableRandom random, boolean mentionedBefore, boolean atAnEvent) {
        double draw = random.nextDouble() * (atAnEvent ? 0.88 : 1);
        if (draw < 0.55 || draw < 0.7 && !mentionedBefore) {
            return new Cue("say", "said");
        }
        if (draw < 0.7) {
            return new Cue("add", "added");
        }
        if (draw < 0.8) {
            return new Cue("warn", "warned");
        }
        if (draw < 0.88) {
            return new Cue("insist", "insisted");
        }
        if (draw < 0.95) {
            return tell(random);
        }
        Medium platform = Draw.one(random, Vocabulary.PLATFORMS);
        return new Cue("write", "wrote on " + platform.phrase(), platform.name());
    }

    private static Cue reportedCue(SplittableRandom random, boolean atAnEvent) {
        double draw = random.nextDouble() * (atAnEvent ? 0.86 : 1);
        if (draw < 0.5) {
            return new Cue("say", "said");
        }
        if (draw < 0.6) {
            return new Cue("warn", "warned");
        }
        if (draw < 0.68) {
            return new Cue("insist", "insisted");
        }
        if (draw < 0.74) {
            return new Cue("argue", "argued");
        }
        if (draw < 0.8) {
            return new Cue("claim", "claimed");
        }
        if (draw < 0.86) {
            return new Cue("announce", "announced");
        }
        return tell(random);
    }

    /** "told reporters", or "told the BBC", which names the medium. */
    private static Cue tell(SplittableRandom random) {
        if (Draw.chance(random, 0.5)) {
            Medium medium = Draw.one(random, Vocabulary.MEDIA);
            return new Cue("tell", "told " + medium.phrase(), medium.name());
        }
        return new Cue("tell", "told " + Draw.one(random, Vocabulary.AUDIENCES));
    }

    /** " on Tuesday" or " yesterday", as the article dated {@code published} would say it. */
    private static String dayPhrase(SplittableRandom random, LocalDate day, LocalDate published) {
        if (day.equals(published.minusDays(1)) && Draw.chance(random, 0.5)) {
            return " yesterday";
        }
        return " on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    // ---------------------------------------------------------------------------------------- the reporter's words

    /** The reporter's own sentences for one article, each template used once before any is used again. */
    private static final class Narrative {
        private final SplittableRandom random;
        private final LocalDate published;
        private final List<String> deck = new ArrayList<>();

        Narrative(SplittableRandom random, LocalDate published) {
            this.random = random;
            this.published = published;
        }

        /** A sentence with its slots ("{city}") filled. */
        String next() {
            if (deck.isEmpty()) {
                deck.addAll(Vocabulary.NARRATIVE);
            }
            String template = deck.remove(random.nextInt(deck.size()));
            Vocabulary.Country country = Vocabulary.COUNTRIES.get(random.nextInt(12));
            StringBuilder sentence = new StringBuilder(template.length() + 40);
            int from = 0;
            for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
                int close = template.indexOf('}', open);
                sentence.append(template, from, open).append(slot(template.substring(open + 1, close), country));
                from = close + 1;
            }
            return sentence.append(template, from, template.length()).toString();
        }

        private String slot(String name, Vocabulary.Country country) {
            return switch (name) {
                case "city" -> Draw.one(random, Vocabulary.CITIES);
                case "country" -> ActorCatalogue.inRunningText(country.name());
                case "capital" -> country.capital();
                case "capital2" -> Vocabulary.COUNTRIES.get(random.nextInt(12)).capital();
                case "issue" -> Draw.one(random, Vocabulary.ISSUES);
                case "time" -> Draw.one(random, Vocabulary.TIME_REFERENCES);
                case "town" -> Draw.one(random, Vocabulary.FRONT_LINE_TOWNS);
                case "month" -> {
                    LocalDate earlier = published.minusMonths(1 + random.nextInt(18));
                    yield earlier.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + earlier.getYear();
                }
                case "weekday" -> published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "group" -> Draw.one(random, Vocabulary.GROUPS);
                case "organization" -> Draw.one(random, List.of("Nato", "EU", "G7"));
                default -> throw new IllegalArgumentException("no value for {" + name + "}");
            };
        }
    }

    private String headline(SplittableRandom random, StatementRow lead) {
        Profile speaker = actors.profile(lead.speakerIds().get(0));
        String subject = lead.topicIds().isEmpty() ? Draw.one(random, Vocabulary.GENERAL_HEADLINES)
                : topics.get((int) (lead.topicIds().get(0) - 1)).headline();
        return StatementPhrases.capitalise(speaker.headlineName + " " + Draw.one(random, Vocabulary.HEADLINE_VERBS)
                + " " + subject + Draw.one(random, Vocabulary.HEADLINE_TAILS));
    }

    /** Unique through the article id at its end, as many outlets' addresses are. */
    private static String url(SplittableRandom random, Outlet outlet, LocalDate published, String headline,
            long articleId) {
        String slug = NOT_IN_SLUG.matcher((headline == null ? "report" : headline).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip().replace(' ', '-');
        String host = outlet.domain().startsWith("news.") ? outlet.domain() : "www." + outlet.domain();
        return "https://%s/%s/%d/%02d/%02d/%s-%d".formatted(host, Draw.one(random, Vocabulary.URL_SECTIONS),
                published.getYear(), published.getMonthValue(), published.getDayOfMonth(),
                slug, articleId);
    }

    private static List<Integer> indices(int size) {
        List<Integer> indices = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        return indices;
    }

    /** The body as it grows, paragraph by paragraph, with the offsets statements need. */
    private static final class Body {
        final StringBuilder text = new StringBuilder(4096);
        int paragraph = -1;
        private boolean paragraphEmpty;

        void newParagraph() {
            if (paragraph >= 0) {
                text.append(Article.PARAGRAPH_SEPARATOR);
            }
            paragraph++;
            paragraphEmpty = true;
        }

        void sentence(String sentence) {
            sentence("", sentence, "");
        }

        /** Appends a sentence made of three parts and returns where the middle one starts. */
        int sentence(String before, String middle, String after) {
            if (!paragraphEmpty) {
                text.append(' ');
            }
            text.append(before);
            int start = text.length();
            text.append(middle).append(after);
            paragraphEmpty = false;
            return start;
        }
    }
}
