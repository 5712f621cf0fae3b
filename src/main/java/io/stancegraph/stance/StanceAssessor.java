package io.stancegraph.stance;

import io.stancegraph.extraction.QuoteKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.stancegraph.stance.StanceLexicon.Entry;
import io.stancegraph.stance.StanceLexicon.Match;
import io.stancegraph.stance.StanceLexicon.Role;
import io.stancegraph.stance.StanceText.Clause;
import io.stancegraph.stance.StanceText.Word;

/**
 * Decides the stance one statement takes on one topic, from how English political news words it.
 * <ol>
 * <li>Find where the statement speaks of the topic: the clauses that contain one of its keywords; failing that,
 * the clauses that contain a word of its name; failing that, the whole statement.</li>
 * <li>In each such clause, weigh the stance words ({@link StanceLexicon}): support, back, must, welcome count for,
 * oppose, reject, mistake, threat against. A negator turns round the next stance word or topic mention within a
 * few words ("will not support", "no ceasefire"); "refuse to", "the fantasy that" do the same.</li>
 * <li>The topic mention has a polarity of its own: a keyword may itself judge ("dictator", "cannot be trusted",
 * "without Ukraine"), and a word governing it may raise or lower it ("new sanctions", "lift sanctions"). The
 * clause's stance is its stance words applied to that polarity, so "lifting sanctions would be a mistake"
 * supports sanctions.</li>
 * <li>With no stance word, a judging keyword, a governed or negated mention, or a plain assertion ("Ukraine will
 * have a seat at the table") still leans, more weakly.</li>
 * <li>The reporting verb adds its own weight (backed, welcomed, urged / rejected, condemned; "denied" turns the
 * content round). Clauses for and against of similar weight, or a condition ("only if"), make it MIXED; nothing
 * at all makes it NEUTRAL. Hedges, questions and a topic found only by its name lower the confidence.</li>
 * </ol>
 * Plain Java; the only state is a cache of the topics' keywords read into words, so one instance serves any
 * number of threads.
 */
public final class StanceAssessor {

    /** Raise when the rules change, so judgements stored by earlier rules are made again. */
    public static final int VERSION = 1;

    /** How many words after a negator its scope reaches. */
    private static final int NEGATION_SCOPE = 4;
    private static final int COUNTERFACTUAL_SCOPE = 8;
    private static final int REFUSAL_SCOPE = 3;
    /** How far before a topic mention a word governing it may stand ("prevent the country from joining Nato"). */
    private static final int GOVERNOR_REACH = 5;
    /** How close the topic must follow a word that counts only before it ("against new sanctions"). */
    private static final int BEFORE_TOPIC_REACH = 4;
    /** Words between a stance word and the topic mention within which the word counts fully, and its weight beyond. */
    private static final int NEAR = 6;
    private static final double FAR_WEIGHT = 0.6;
    /** The weaker of two opposite leanings, as a share of the stronger, from which a statement is MIXED. */
    private static final double MIXED_SHARE = 0.5;

    private static final Set<String> ENDORSING_CUES = Words.set("back", "welcome", "praise", "hail", "endorse", "urge",
            "demand", "pledge", "vow", "promise", "commit", "applaud", "champion", "support", "call for", "press",
            "push");
    private static final Set<String> REJECTING_CUES = Words.set("reject", "dismiss", "condemn", "criticise",
            "criticize", "slam", "attack", "mock", "denounce", "oppose", "express concern", "complain", "warn against");
    private static final Set<String> DENYING_CUES = Words.set("deny", "refute");
    private static final Set<String> HEDGING_CUES = Words.set("suggest", "hint", "signal", "indicate", "predict",
            "speculate");
    private static final Set<String> QUESTION_CUES = Words.set("ask", "question", "wonder", "query");

    /** How the statement was found to speak of the topic, and how far that is trusted. */
    private enum Reach {
        KEYWORD(1.0), NAME(0.85), WHOLE_TEXT(0.75);

        final double trust;

        Reach(double trust) {
            this.trust = trust;
        }
    }

    /**
     * The stance of {@code text} on {@code topic}. {@code cue} is the lemmatised reporting verb ("say", "back",
     * "reject"); {@code kind} tells whether "call" labels (PARTIAL: called him a "dictator") or asks (INDIRECT:
     * called for more spending). Either may be null.
     */
    public StanceAssessment assess(String text, String cue, QuoteKind kind, StanceTopic topic) {
        if (text == null || topic == null) {
            throw new IllegalArgumentException("a statement's text and a topic are needed");
        }
        List<Clause> clauses = StanceText.clauses(text);
        PreparedTopic prepared = prepared(topic);
        List<TopicPhrase> keywords = prepared.keywords();
        Set<String> anchors = prepared.anchors();

        Reach reach = Reach.WHOLE_TEXT;
        List<Weighed> relevant = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (!mentions(clauses.get(i), keywords).isEmpty()) {
                reach = Reach.KEYWORD;
                relevant.add(new Weighed(i, 1.0, false));
            } else if (clauses.get(i).contrast() && !relevant.isEmpty()
                    && relevant.get(relevant.size() - 1).index() == i - 1) {
                // "We back sanctions, but they are not enough": the contrast speaks of the same thing.
                relevant.add(new Weighed(i, 0.8, true));
            }
        }
        if (relevant.isEmpty()) {
            for (int i = 0; i < clauses.size(); i++) {
                if (!anchorMentions(clauses.get(i), anchors).isEmpty()) {
                    reach = Reach.NAME;
                    relevant.add(new Weighed(i, 1.0, false));
                }
            }
        }
        if (relevant.isEmpty()) {
            for (int i = 0; i < clauses.size(); i++) {
                relevant.add(new Weighed(i, 1.0, false));
            }
        }

        String verb = cue == null ? "" : cue.strip().toLowerCase(Locale.ROOT);
        double cueWeight = cueSignal(verb, kind);
        boolean denied = DENYING_CUES.contains(verb);
        boolean hedged = HEDGING_CUES.contains(verb);
        boolean question = QUESTION_CUES.contains(verb);
        boolean conditional = false;
        double forTopic = 0;
        double againstTopic = 0;
        Set<String> because = new LinkedHashSet<>();
        if (cueWeight != 0) {
            because.add(verb);
        }
        for (Weighed weighed : relevant) {
            Clause clause = clauses.get(weighed.index());
            List<Mark> topicMarks = switch (reach) {
                case KEYWORD -> mentions(clause, keywords);
                case NAME -> anchorMentions(clause, anchors);
                case WHOLE_TEXT -> List.of();
            };
            // The reporting verb governs the reported content, not a contrast the speaker adds to it.
            ClauseStance stance = clauseStance(clause, topicMarks, weighed.contrast() ? 0 : cueWeight,
                    reach == Reach.KEYWORD, question || clause.question() || clause.words().get(0).is("whether"));
            double leaning = (denied ? -1 : 1) * stance.leaning() * weighed.weight();
            if (leaning > 0) {
                forTopic += leaning;
            } else {
                againstTopic -= leaning;
            }
            if (leaning != 0) {
                because.addAll(stance.because());
            }
            hedged |= stance.hedged();
            // "ready to consider a ceasefire, but only if ...": the condition may sit in the clause after the topic.
            conditional |= stance.conditional();
            question |= clause.question();
        }

        if (forTopic == 0 && againstTopic == 0) {
            return new StanceAssessment(Stance.NEUTRAL, reach == Reach.KEYWORD ? 0.6 : 0.4, List.of());
        }
        double stronger = Math.max(forTopic, againstTopic);
        double weaker = Math.min(forTopic, againstTopic);
        Stance result;
        double strength;
        if (conditional || weaker >= MIXED_SHARE * stronger) {
            result = Stance.MIXED;
            strength = Math.min(forTopic + againstTopic, 2.0) / 2;
        } else {
            result = forTopic > againstTopic ? Stance.SUPPORTS : Stance.OPPOSES;
            strength = Math.min(stronger - weaker, 2.5) / 2.5;
        }
        double confidence = (0.45 + 0.5 * strength) * reach.trust * (hedged ? 0.8 : 1) * (question ? 0.75 : 1);
        return new StanceAssessment(result, round(confidence), List.copyOf(because));
    }

    /** A clause that speaks of the topic, with its weight; {@code contrast}: it follows one that does, after "but". */
    private record Weighed(int index, double weight, boolean contrast) {
    }

    /** The leaning of one clause (positive for, negative against), and what it rests on. */
    private record ClauseStance(double leaning, List<String> because, boolean hedged, boolean conditional) {
    }

    /** A stance word, a topic mention, or another word of the lexicon, at words [start, end) of a clause. */
    private static final class Mark {
        final int start;
        final int end;
        final Role role;
        final int polarity;
        final double weight;
        final boolean beforeTopic;
        final String text;
        /** The lexicon entry's phrase ("rule * out"), or the keyword for topic mentions. */
        final String entry;
        /** Topic mentions: the keyword's own polarity, and whether the keyword itself judges ("dictator"). */
        final boolean topic;
        final boolean judging;
        /** A topic mention that is a name ("Russia", "Putin"), found through the topic's title. */
        boolean name;
        boolean negated;
        /** The word that turned it round: "not", "never", "rejected", "refuse". */
        String negator = "not";
        /** Product of the governors acting on this mention (+1 more of it, -1 less of it), and their words. */
        int governed = 1;
        boolean wasGoverned;
        String governors = "";
        /** A refusal or counterfactual that turned another word round instead of counting by itself. */
        boolean spent;
        /** A topic mention after "no ... without": what the speaker says cannot be done without. */
        boolean required;

        Mark(int start, int end, Role role, int polarity, double weight, boolean beforeTopic, String text,
                String entry, boolean topic, boolean judging) {
            this.start = start;
            this.entry = entry;
            this.end = end;
            this.role = role;
            this.polarity = polarity;
            this.weight = weight;
            this.beforeTopic = beforeTopic;
            this.text = text;
            this.topic = topic;
            this.judging = judging;
        }

        boolean polar() {
            return topic || role == Role.SIGNAL || role == Role.GOVERNOR || role == Role.REFUSAL
                    || role == Role.COUNTERFACTUAL;
        }

        String described() {
            return (negated ? negator + " " : "") + governors + text;
        }

        void turnRound(Mark by) {
            negated = !negated;
            negator = by.text;
        }
    }

    private ClauseStance clauseStance(Clause clause, List<Mark> topicMarks, double cueWeight, boolean keywordReach,
            boolean asked) {
        List<Word> words = clause.words();
        boolean[] covered = new boolean[words.size()];
        for (Mark mark : topicMarks) {
            for (int i = mark.start; i < mark.end; i++) {
                covered[i] = true;
            }
        }
        List<Mark> marks = new ArrayList<>(topicMarks);
        for (int i = 0; i < words.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Match match = StanceLexicon.longestAt(words, i);
            if (match == null || overlapsCovered(covered, match)) {
                continue;
            }
            Entry entry = match.entry();
            marks.add(new Mark(match.start(), match.end(), entry.role(), entry.polarity(), entry.weight(),
                    entry.beforeTopic(), text(words, match.start(), match.end()), String.join(" ", entry.lemmas()),
                    false, false));
            i = match.end() - 1;
        }
        marks.sort((a, b) -> Integer.compare(a.start, b.start));

        resolveNegation(marks);
        for (int m = 0; m < marks.size(); m++) {
            Mark governor = marks.get(m);
            if (governor.role != Role.GOVERNOR) {
                continue;
            }
            // A name in the topic's title ("Sanctions on Russia") is not what "stop" or "more" acts on.
            Mark target = next(marks, m, GOVERNOR_REACH, mark -> mark.topic && !mark.name);
            if (target != null) {
                target.governed *= governor.polarity * (governor.negated ? -1 : 1);
                target.wasGoverned = true;
                target.governors += governor.described() + " ";
            }
        }

        double signals = cueWeight;
        List<String> because = new ArrayList<>();
        boolean hedged = false;
        boolean conditional = false;
        boolean affirmed = false;
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            switch (mark.role) {
                case SIGNAL, REFUSAL, COUNTERFACTUAL -> {
                    if (mark.topic || mark.spent) {
                        break;
                    }
                    if (mark.beforeTopic && next(marks, m, BEFORE_TOPIC_REACH, other -> other.topic && !other.name) == null) {
                        break;
                    }
                    signals += mark.polarity * mark.weight * (mark.negated ? -1 : 1) * proximity(mark, topicMarks);
                    because.add(mark.described());
                }
                case HEDGE -> hedged = true;
                case CONDITION -> conditional = true;
                case AFFIRMATION -> affirmed |= asserts(words, marks, m);
                default -> {
                    // negators and governors have acted on their neighbours already
                }
            }
        }

        // Several mentions in one clause ("prevaricating and obfuscating") lean the way most of them do.
        int mentionsFor = 0;
        int mentionsAgainst = 0;
        boolean judging = false;
        boolean governed = false;
        boolean turned = false;
        for (Mark mark : marks) {
            if (mark.topic) {
                int polarity = mark.polarity * (mark.negated ? -1 : 1) * mark.governed;
                if (polarity > 0) {
                    mentionsFor++;
                } else {
                    mentionsAgainst++;
                }
                judging |= mark.judging;
                governed |= mark.wasGoverned;
                turned |= mark.negated || mark.polarity < 0 || mark.required;
                if (mark.judging || mark.negated || mark.wasGoverned || mark.polarity < 0 || mark.required) {
                    because.add(mark.described());
                }
            }
        }
        int topicPolarity = mentionsAgainst > mentionsFor ? -1 : 1;
        double leaning;
        if (signals != 0) {
            leaning = signals * topicPolarity;
        } else if (topicMarks.isEmpty() || asked) {
            // A question with no stance word asks rather than argues: "Is he a dictator?", "Will she raise taxes?"
            leaning = 0;
        } else if (governed) {
            leaning = 0.8 * topicPolarity;
        } else if (judging) {
            leaning = topicPolarity;
        } else if (turned) {
            leaning = 0.6 * topicPolarity;
        } else if (affirmed && keywordReach) {
            leaning = 0.5 * topicPolarity;
            because.add("asserted");
        } else {
            leaning = 0;
        }
        return new ClauseStance(leaning, because, hedged, conditional);
    }

    /** Words that may stand between "will" and the topic when the statement asserts it will be or be had. */
    private static final Set<String> ASSERTING = Words.set("be", "been", "have", "get", "there", "a", "an", "the",
            "some", "its", "their", "his", "her", "our", "your", "receive", "gain", "win", "secure", "real", "full");

    /**
     * "Ukraine would have a seat at the table", "there will be a ceasefire": a modal that says the topic will be
     * had or will come about, rather than that it will be discussed or reviewed.
     */
    private static boolean asserts(List<Word> words, List<Mark> marks, int m) {
        Mark modal = marks.get(m);
        Mark mention = next(marks, m, 4, other -> other.topic);
        if (mention == null) {
            return false;
        }
        for (int i = modal.end; i < mention.start; i++) {
            if (!ASSERTING.contains(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A stance word next to the topic mention is more likely to be about it than one at the far end of a long
     * clause ("no credible plan for this nonsense ... how they would reach 2.5%").
     */
    private static double proximity(Mark signal, List<Mark> topicMarks) {
        if (topicMarks.isEmpty()) {
            return 1;
        }
        int nearest = Integer.MAX_VALUE;
        for (Mark mention : topicMarks) {
            int gap = signal.end <= mention.start ? mention.start - signal.end : signal.start - mention.end;
            nearest = Math.min(nearest, Math.max(0, gap));
        }
        return nearest <= NEAR ? 1 : FAR_WEIGHT;
    }

    /**
     * Each negator turns round the first stance word or topic mention within its scope. A refusal or a
     * counterfactual before another stance word does the same and then counts no more by itself.
     */
    private static void resolveNegation(List<Mark> marks) {
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            if (mark.topic) {
                continue;
            }
            if (mark.role == Role.NEGATOR && mark.spent) {
                continue;
            }
            if (mark.role == Role.NEGATOR) {
                // "no talks about Ukraine without Ukraine", "will not accept a deal without us": two negations
                // make a requirement, so the first cancels the "without" instead of the word after it.
                Mark without = mark.text.equals("without") ? null
                        : next(marks, m, COUNTERFACTUAL_SCOPE, other -> other.text.startsWith("without"));
                if (without != null && without.topic) {
                    without.turnRound(mark);
                    continue;
                } else if (without != null) {
                    without.spent = true;
                    Mark required = next(marks, marks.indexOf(without), NEGATION_SCOPE, other -> other.topic);
                    if (required != null) {
                        required.required = true;
                    }
                    continue;
                }
                Mark target = next(marks, m, NEGATION_SCOPE, Mark::polar);
                if (target != null) {
                    target.turnRound(mark);
                }
            } else if (mark.role == Role.SIGNAL && StanceLexicon.OPPOSING_VERBS.contains(mark.entry)) {
                Mark target = next(marks, m, REFUSAL_SCOPE, other -> other.role == Role.SIGNAL && !other.topic
                        && other.polarity > 0);
                if (target != null && !mark.negated) {
                    target.turnRound(mark);
                    mark.spent = true;
                }
            } else if (mark.role == Role.REFUSAL || mark.role == Role.COUNTERFACTUAL) {
                int scope = mark.role == Role.REFUSAL ? REFUSAL_SCOPE : COUNTERFACTUAL_SCOPE;
                Mark target = next(marks, m, scope,
                        other -> mark.role == Role.COUNTERFACTUAL ? other.polar() : other.role == Role.SIGNAL || other.role == Role.GOVERNOR);
                if (target != null && !mark.negated) {
                    target.turnRound(mark);
                    mark.spent = true;
                }
            }
        }
    }

    /** The first mark after marks[m] that starts within {@code reach} words of its end and passes the test. */
    private static Mark next(List<Mark> marks, int m, int reach, java.util.function.Predicate<Mark> test) {
        Mark from = marks.get(m);
        for (int n = m + 1; n < marks.size(); n++) {
            Mark other = marks.get(n);
            if (other.start - from.end >= reach) {
                return null;
            }
            if (other.start >= from.end && test.test(other)) {
                return other;
            }
        }
        return null;
    }

    private static boolean overlapsCovered(boolean[] covered, Match match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** A topic's keywords and name words, read once: an ingestion assesses many statements on few topics. */
    private record PreparedTopic(List<TopicPhrase> keywords, Set<String> anchors) {
    }

    /** Bounded, so a long-running service that meets many topics does not keep them all. */
    private static final int PREPARED_TOPICS = 512;
    private final Map<StanceTopic, PreparedTopic> preparedTopics = new ConcurrentHashMap<>();

    private PreparedTopic prepared(StanceTopic topic) {
        PreparedTopic prepared = preparedTopics.get(topic);
        if (prepared == null) {
            if (preparedTopics.size() >= PREPARED_TOPICS) {
                preparedTopics.clear();
            }
            prepared = new PreparedTopic(keywordPhrases(topic), nameWords(topic));
            preparedTopics.put(topic, prepared);
        }
        return prepared;
    }

    /** A keyword as words, with the polarity its own words give it ("without ukraine" -1, "dictator" -1). */
    private record TopicPhrase(List<Word> words, int polarity, boolean judging, String text) {
    }

    private static List<TopicPhrase> keywordPhrases(StanceTopic topic) {
        List<TopicPhrase> phrases = new ArrayList<>();
        for (String keyword : topic.keywords()) {
            List<Word> words = StanceText.words(keyword);
            if (words.isEmpty()) {
                continue;
            }
            int polarity = 1;
            boolean judging = false;
            for (int i = 0; i < words.size(); i++) {
                Match match = StanceLexicon.longestAt(words, i);
                if (match == null) {
                    continue;
                }
                Role role = match.entry().role();
                if (role == Role.NEGATOR) {
                    polarity = -polarity;
                } else if (role == Role.SIGNAL || role == Role.COUNTERFACTUAL) {
                    polarity *= match.entry().polarity();
                    judging = true;
                }
                i = match.end() - 1;
            }
            phrases.add(new TopicPhrase(words, polarity, judging, keyword.strip().toLowerCase(Locale.ROOT)));
        }
        // Longer phrases first, so "security guarantees" is taken before "security guarantee".
        phrases.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        return phrases;
    }

    /** The content words of the topic's name, which stand in for keywords the statement does not contain. */
    private static Set<String> nameWords(StanceTopic topic) {
        Set<String> anchors = new LinkedHashSet<>();
        for (Word word : StanceText.words(topic.name())) {
            String lower = word.lower();
            if (!StanceLexicon.STOPWORDS.contains(lower) && lower.length() > 2) {
                // "Sanctions on Russia": match "sanction" and "sanctions" alike
                anchors.add(lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3
                        ? lower.substring(0, lower.length() - 1) : lower);
            }
        }
        return anchors;
    }

    /** Non-overlapping keyword matches in a clause, longest first at each place. */
    private static List<Mark> mentions(Clause clause, List<TopicPhrase> keywords) {
        List<Word> words = clause.words();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (TopicPhrase phrase : keywords) {
                if (matches(words, i, phrase.words())) {
                    int end = i + phrase.words().size();
                    marks.add(new Mark(i, end, Role.SIGNAL, phrase.polarity(), 1.0, false, phrase.text(),
                            phrase.text(), true, phrase.judging()));
                    i = end - 1;
                    break;
                }
            }
        }
        return marks;
    }

    private static List<Mark> anchorMentions(Clause clause, Set<String> anchors) {
        List<Mark> marks = new ArrayList<>();
        List<Word> words = clause.words();
        for (int i = 0; i < words.size(); i++) {
            for (String anchor : anchors) {
                if (words.get(i).is(anchor)) {
                    Mark mention = new Mark(i, i + 1, Role.SIGNAL, 1, 1.0, false, words.get(i).lower(), anchor, true,
                            false);
                    mention.name = words.get(i).capitalised() && i > 0;
                    marks.add(mention);
                    break;
                }
            }
        }
        return marks;
    }

    private static boolean matches(List<Word> words, int at, List<Word> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Word word = words.get(at + k);
            Word wanted = phrase.get(k);
            if (!word.lower().equals(wanted.lower()) && !word.is(wanted.lower()) && !wanted.is(word.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The weight of the reporting verb: backing and urging count for, rejecting and condemning against. */
    private static double cueSignal(String lemma, QuoteKind kind) {
        if (lemma.equals("call")) {
            // "called for more spending" asks for it; "called him a 'dictator'" only labels.
            return kind == QuoteKind.INDIRECT ? 1 : 0;
        }
        if (ENDORSING_CUES.contains(lemma)) {
            return 1;
        }
        if (REJECTING_CUES.contains(lemma)) {
            return -1;
        }
        return 0;
    }

    private static String text(List<Word> words, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                out.append(' ');
            }
            out.append(words.get(i).lower());
        }
        return out.toString();
    }

    private static double round(double value) {
        return Math.max(0.05, Math.min(0.95, Math.round(value * 100) / 100.0));
    }
}
