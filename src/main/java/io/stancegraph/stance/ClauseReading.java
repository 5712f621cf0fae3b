package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.List;

import io.stancegraph.stance.StanceLexicon.Match;
import io.stancegraph.stance.StanceLexicon.Role;
import io.stancegraph.stance.StanceText.Clause;
import io.stancegraph.stance.StanceText.Word;

/**
 * One clause as the rules read it: its marks (the topic's mentions and the lexicon's words), what its stance words
 * add up to, which way its topic mentions point, and the cues an editor will see.
 */
final class ClauseReading {

    /** The stamp of a clause no family decides. */
    static final String NO_STANCE = "no stance";

    final List<Word> words;
    final List<Mark> marks;
    final List<Mark> topicMarks;
    /** The topic was found by a keyword, not by a word of its name or not at all. */
    final boolean keywordReach;
    /** The clause, or the statement, asks rather than argues. */
    final boolean asked;
    /** The reporting verb's weight plus the stance words' ({@link StanceWordRule}). */
    double signals;
    boolean stanceWordsCounted;
    final List<String> because = new ArrayList<>();
    /** -1 when most topic mentions point against the topic (negated, lowered, a keyword against), else +1. */
    int topicPolarity;
    boolean judging;
    boolean governed;
    boolean turned;

    ClauseReading(Clause clause, List<Mark> topicMarks, double cueWeight, boolean keywordReach, boolean asked,
            List<StanceRule> rules) {
        this.words = clause.words();
        this.topicMarks = topicMarks;
        this.keywordReach = keywordReach;
        this.asked = asked;
        this.marks = marks(words, topicMarks);
        for (int m = 0; m < marks.size(); m++) {
            for (StanceRule rule : rules) {
                if (rule.actsOn(marks.get(m))) {
                    rule.act(marks, m);
                    break;
                }
            }
        }
        StanceWordRule.weigh(this, cueWeight);
        readMentions();
    }

    /** The clause's leaning, from the first family in order that decides it. */
    ClauseStance decide(List<StanceRule> rules) {
        for (StanceRule rule : rules) {
            StanceRule.Decision decision = rule.decide(this);
            if (decision != null) {
                return new ClauseStance(decision.leaning(), because, has(Role.HEDGE), has(Role.CONDITION),
                        decision.rule());
            }
        }
        return new ClauseStance(0, because, has(Role.HEDGE), has(Role.CONDITION), NO_STANCE);
    }

    /** The leaning of one clause (positive for, negative against), what it rests on, and the rule that decided. */
    record ClauseStance(double leaning, List<String> because, boolean hedged, boolean conditional, String rule) {
    }

    private boolean has(Role role) {
        return marks.stream().anyMatch(mark -> mark.role == role);
    }

    /** Several mentions in one clause ("prevaricating and obfuscating") lean the way most of them do. */
    private void readMentions() {
        int mentionsFor = 0;
        int mentionsAgainst = 0;
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
        topicPolarity = mentionsAgainst > mentionsFor ? -1 : 1;
    }

    /** The topic mentions and, in the words between them, the lexicon's longest matches, in order. */
    private static List<Mark> marks(List<Word> words, List<Mark> topicMarks) {
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
            marks.add(new Mark(match.start(), match.end(), match.entry(), text(words, match.start(), match.end()),
                    false, false));
            i = match.end() - 1;
        }
        marks.sort((a, b) -> Integer.compare(a.start, b.start));
        return marks;
    }

    private static boolean overlapsCovered(boolean[] covered, Match match) {
        for (int i = match.start(); i < match.end(); i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
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
}
