package io.stancegraph.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stancegraph.stance.PositionConfidence.EvidenceClass;
import io.stancegraph.stance.StanceTimeline.Evidence;
import io.stancegraph.stance.StanceTimeline.Period;

/** A position's confidence follows the evidence behind it: how many articles reported it, and which side it takes. */
class PositionConfidenceTest {

    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate MAY_8 = LocalDate.of(2025, 5, 8);

    private static Evidence statement(long id, long article, LocalDate date, StanceLabel stance) {
        return statement(id, article, "statement " + id, date, stance);
    }

    private static Evidence statement(long id, long article, String wording, LocalDate date, StanceLabel stance) {
        return new Evidence(id, article, wording, date, new StanceAssessment(stance, 0.8, List.of("cue")));
    }

    private static Period only(List<Evidence> evidence) {
        List<Period> periods = StanceTimeline.of(evidence);
        assertThat(periods).hasSize(1);
        return periods.get(0);
    }

    @Test
    void statementsFromTwoArticlesCorroborateEachOther() {
        Period period = only(List.of(statement(1, 10, MAY_1, StanceLabel.SUPPORTS),
                statement(2, 11, MAY_8, StanceLabel.SUPPORTS)));
        assertThat(period.articles()).isEqualTo(2);
        assertThat(EvidenceClass.of(period)).isEqualTo(EvidenceClass.CORROBORATED);
    }

    @Test
    void severalStatementsInOneArticleAreStillOneSource() {
        Period period = only(List.of(statement(1, 10, MAY_1, StanceLabel.OPPOSES),
                statement(2, 10, MAY_1, StanceLabel.OPPOSES)));
        assertThat(period.articles()).isEqualTo(1);
        assertThat(EvidenceClass.of(period)).isEqualTo(EvidenceClass.ONE_ARTICLE_OPPOSES_OR_MIXED);
    }

    @Test
    void oneQuoteCopiedByTwoOutletsIsOneSource() {
        Period period = only(List.of(statement(1, 10, "We back a guarantee", MAY_1, StanceLabel.SUPPORTS),
                statement(2, 11, "we back a guarantee ", MAY_1, StanceLabel.SUPPORTS)));
        assertThat(period.articles()).isEqualTo(1);
        assertThat(EvidenceClass.of(period)).isEqualTo(EvidenceClass.ONE_ARTICLE_SUPPORTS);
    }

    @Test
    void aStatementThatDisagreesDoesNotCountAsASource() {
        Period period = only(List.of(statement(1, 10, MAY_1, StanceLabel.SUPPORTS),
                statement(2, 10, MAY_1, StanceLabel.SUPPORTS), statement(3, 11, MAY_1, StanceLabel.NEUTRAL)));
        assertThat(period.articles()).isEqualTo(1);
        assertThat(EvidenceClass.of(period)).isEqualTo(EvidenceClass.ONE_ARTICLE_SUPPORTS);
    }

    @Test
    void theShippedTableRanksCorroboratedAboveASingleArticlesOpposition() {
        Period corroborated = only(List.of(statement(1, 10, MAY_1, StanceLabel.OPPOSES),
                statement(2, 11, MAY_8, StanceLabel.OPPOSES)));
        Period single = only(List.of(statement(1, 10, MAY_1, StanceLabel.OPPOSES)));
        assertThat(PositionConfidence.of(corroborated)).isGreaterThan(PositionConfidence.of(single));
        assertThat(PositionConfidence.of(single)).isBetween(0.0, 1.0);
    }
}
