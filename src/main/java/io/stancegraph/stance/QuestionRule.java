package io.stancegraph.stance;

/**
 * Questions: with no stance word, a question asks rather than argues ("Is he a dictator?", "Will she raise
 * taxes?"), so the clause takes no side. A clause with no topic mention, and no stance word, takes none either.
 */
final class QuestionRule implements StanceRule {

    static final String NAME = "question";

    @Override
    public Decision decide(ClauseReading clause) {
        if (clause.asked) {
            return new Decision(0, NAME);
        }
        return clause.topicMarks.isEmpty() ? new Decision(0, ClauseReading.NO_STANCE) : null;
    }
}
