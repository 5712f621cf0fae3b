package io.stancegraph.stance;

import java.util.List;

/**
 * One family of stance rules (negation, governors, stance words, questions ...). On one pass left to right over
 * a clause's marks, each mark is handed to the family that acts on marks of its kind, so that a word acts only on
 * words after it and sees every word before it already settled. Then the families are asked in order how the
 * clause leans; the first that decides stamps its name on the decision.
 */
interface StanceRule {

    /** The name stamped on the decisions of this family, from its class: NegationRule decides as "negation". */
    default String name() {
        String type = getClass().getSimpleName().replaceFirst("Rule$", "");
        StringBuilder name = new StringBuilder();
        for (char c : type.toCharArray()) {
            if (Character.isUpperCase(c) && !name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString();
    }

    /** Whether this family acts on the mark when the pass reaches it. */
    default boolean actsOn(Mark mark) {
        return false;
    }

    /** Acts on the marks after marks[m]: turns one round, raises or lowers a topic mention. */
    default void act(List<Mark> marks, int m) {
    }

    /** How the clause leans if this family decides it, or null to leave it to the next. */
    default Decision decide(ClauseReading clause) {
        return null;
    }

    /** A clause's leaning (positive for the topic, negative against, 0 for none) and the family that decided it. */
    record Decision(double leaning, String rule) {
    }
}
