package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.stancegraph.stance.StanceLexicon.Match;
import io.stancegraph.stance.StanceLexicon.Role;
import io.stancegraph.stance.StanceText.Clause;
import io.stancegraph.stance.StanceText.Word;

/**
 * Where a statement speaks of a topic: the clauses that contain one of its keywords; failing that, the clauses that
 * contain a word of its name; failing that, the whole statement. The topics' keywords are read into words once and
 * kept, because an ingestion assesses many statements on few topics.
 */
final class TopicFinder {

    /** Words of the topic's name that name nothing on their own. */
    private static final Set<String> NAME_STOPWORDS = WordLists.set("name-stopwords");

    /** How the statement was found to speak of the topic, and how far that is trusted. */
    enum Reach {
        KEYWORD(1.0), NAME(0.85), WHOLE_TEXT(0.75);

        final double trust;

        Reach(double trust) {
            this.trust = trust;
        }
    }

    /** A clause that speaks of the topic, with its weight; {@code contrast}: it follows one that does, after "but". */
    record Weighed(int index, double weight, boolean contrast) {
    }

    /** The clauses that speak of the topic, and how they were found. */
    record Found(Reach reach, List<Weighed> relevant, PreparedTopic topic) {
        /** The topic's mentions in a clause, found the way the statement's clauses were. */
        List<Mark> mentions(Clause clause) {
            return switch (reach) {
                case KEYWORD -> TopicFinder.mentions(clause, topic.keywords());
                case NAME -> anchorMentions(clause, topic.anchors());
                case WHOLE_TEXT -> List.of();
            };
        }
    }

    /** A topic's keywords and name words, read once. */
    record PreparedTopic(List<TopicPhrase> keywords, Set<String> anchors) {
    }

    /** A keyword as words, with the polarity its own words give it ("without ukraine" -1, "dictator" -1). */
    record TopicPhrase(List<Word> words, int polarity, boolean judging, String text) {
    }

    /** Bounded, so a long-running service that meets many topics does not keep them all. */
    private static final int PREPARED_TOPICS = 512;
    private final Map<StanceTopic, PreparedTopic> preparedTopics = new ConcurrentHashMap<>();

    Found find(List<Clause> clauses, StanceTopic topic) {
        PreparedTopic prepared = prepared(topic);
        List<Weighed> relevant = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (!mentions(clauses.get(i), prepared.keywords()).isEmpty()) {
                relevant.add(new Weighed(i, 1.0, false));
            } else if (clauses.get(i).contrast() && !relevant.isEmpty()
                    && relevant.get(relevant.size() - 1).index() == i - 1) {
                // "We back sanctions, but they are not enough": the contrast speaks of the same thing.
                relevant.add(new Weighed(i, 0.8, true));
            }
        }
        if (!relevant.isEmpty()) {
            return new Found(Reach.KEYWORD, relevant, prepared);
        }
        for (int i = 0; i < clauses.size(); i++) {
            if (!anchorMentions(clauses.get(i), prepared.anchors()).isEmpty()) {
                relevant.add(new Weighed(i, 1.0, false));
            }
        }
        if (!relevant.isEmpty()) {
            return new Found(Reach.NAME, relevant, prepared);
        }
        for (int i = 0; i < clauses.size(); i++) {
            relevant.add(new Weighed(i, 1.0, false));
        }
        return new Found(Reach.WHOLE_TEXT, relevant, prepared);
    }

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
            if (!NAME_STOPWORDS.contains(lower) && lower.length() > 2) {
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
                    marks.add(Mark.mention(i, end, phrase.polarity(), phrase.text(), phrase.text(), phrase.judging()));
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
                    Mark mention = Mark.mention(i, i + 1, 1, words.get(i).lower(), anchor, false);
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
}
