package io.stancegraph.tools.synthetic;

import java.util.List;
import java.util.SplittableRandom;

import io.stancegraph.tools.synthetic.Vocabulary.TopicTemplate;

/** Builds what actors say from the vocabulary: quoted sentences, reported clauses and quoted fragments. */
final class StatementPhrases {

    private StatementPhrases() {
    }

    /** "We must insist on a security guarantee from Washington. There is no other way" (no final full stop). */
    static String quotation(SplittableRandom random, List<TopicTemplate> topics) {
        String opener = Draw.chance(random, 0.25) ? Draw.one(random, Vocabulary.OPENERS) : "";
        String sentence = capitalise(opener + Draw.one(random, Vocabulary.DIRECT_SUBJECTS) + " "
                + Draw.one(random, Vocabulary.MODALS) + " " + verbPhrase(random, topics) + adjunct(random));
        return Draw.chance(random, 0.35) ? sentence + ". " + Draw.one(random, Vocabulary.FOLLOW_UPS) : sentence;
    }

    /** "the government would raise defence spending to 2.5% of GDP this year". */
    static String reportedClause(SplittableRandom random, List<TopicTemplate> topics) {
        return Draw.one(random, Vocabulary.REPORTED_SUBJECTS) + " " + Draw.one(random, Vocabulary.REPORTED_MODALS) + " "
                + verbPhrase(random, topics) + adjunct(random);
    }

    /** What follows a modal: one phrase per topic, joined, or a general one for none. */
    static String verbPhrase(SplittableRandom random, List<TopicTemplate> topics) {
        if (topics.isEmpty()) {
            return Draw.one(random, Vocabulary.GENERAL_VERB_PHRASES);
        }
        StringBuilder phrase = new StringBuilder(Draw.one(random, topics.get(0).verbPhrases()));
        for (TopicTemplate topic : topics.subList(1, topics.size())) {
            phrase.append(" and ").append(Draw.one(random, topic.verbPhrases()));
        }
        return phrase.toString();
    }

    /** A quoted fragment such as "a fragile truce" or "deeply worrying". */
    static String nounPhrase(SplittableRandom random, List<TopicTemplate> topics) {
        if (topics.isEmpty()) {
            return Draw.one(random, Vocabulary.GENERAL_NOUN_PHRASES);
        }
        StringBuilder phrase = new StringBuilder(Draw.one(random, topics.get(0).nounPhrases()));
        for (TopicTemplate topic : topics.subList(1, topics.size())) {
            phrase.append(" and ").append(Draw.one(random, topic.nounPhrases()));
        }
        return phrase.toString();
    }

    private static String adjunct(SplittableRandom random) {
        return Draw.chance(random, 0.5) ? " " + Draw.one(random, Vocabulary.ADJUNCTS) : "";
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
