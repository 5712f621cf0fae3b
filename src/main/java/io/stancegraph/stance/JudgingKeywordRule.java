package io.stancegraph.stance;

/** A keyword that itself judges ("dictator", "cannot be trusted", "honest broker") leans its own way. */
final class JudgingKeywordRule implements StanceRule {

    @Override
    public Decision decide(ClauseReading clause) {
        return clause.judging ? new Decision(clause.topicPolarity, name()) : null;
    }
}
