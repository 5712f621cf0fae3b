package io.stancegraph.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stancegraph.stance.StanceTimeline.Evidence;
import io.stancegraph.stance.StanceTimeline.Period;

/** An actor's statements on one topic, in and out of order, become a history of positions. */
class StanceTimelineTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2024, 3, 3);
    private static final LocalDate MARCH_9 = LocalDate.of(2024, 3, 9);
    private static final LocalDate APRIL_2 = LocalDate.of(2024, 4, 2);
    private static final LocalDate MAY_20 = LocalDate.of(2024, 5, 20);

    private static Evidence statement(long id, LocalDate date, StanceLabel stance, double confidence) {
        return new Evidence(id, id, "statement " + id, date, new StanceAssessment(stance, confidence, List.of("cue" + id)));
    }

    @Test
    void agreeingStatementsMakeOnePositionFromTheFirstDate() {
        List<Period> periods = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.6),
                statement(2, MARCH_9, StanceLabel.SUPPORTS, 0.6), statement(3, APRIL_2, StanceLabel.SUPPORTS, 0.6)));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(periods.get(0).validFrom()).isEqualTo(MARCH_3);
        assertThat(periods.get(0).evidence()).containsExactly(1L, 2L, 3L);
        assertThat(periods.get(0).note()).startsWith("3 statements; cues: cue1, cue2, cue3");
    }

    @Test
    void aChangeOfSideStartsANewPositionOnItsDate() {
        List<Period> periods = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.OPPOSES, 0.7),
                statement(2, MARCH_9, StanceLabel.OPPOSES, 0.6), statement(3, MAY_20, StanceLabel.SUPPORTS, 0.8)));
        assertThat(periods).extracting(Period::stance).containsExactly(StanceLabel.OPPOSES, StanceLabel.SUPPORTS);
        assertThat(periods).extracting(Period::validFrom).containsExactly(MARCH_3, MAY_20);
        assertThat(periods.get(0).evidence()).containsExactly(1L, 2L);
        assertThat(periods.get(1).evidence()).containsExactly(3L);
    }

    @Test
    void statementsAreOrderedByDateWhateverOrderTheyCameIn() {
        List<Period> periods = StanceTimeline.of(List.of(statement(3, MAY_20, StanceLabel.OPPOSES, 0.7),
                statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.7), statement(2, APRIL_2, StanceLabel.SUPPORTS, 0.7)));
        assertThat(periods).extracting(Period::stance).containsExactly(StanceLabel.SUPPORTS, StanceLabel.OPPOSES);
        assertThat(periods.get(0).evidence()).containsExactly(1L, 2L);
    }

    @Test
    void aNeutralMentionDoesNotEndASideTaken() {
        List<Period> periods = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.6),
                statement(2, MARCH_9, StanceLabel.NEUTRAL, 0.6), statement(3, APRIL_2, StanceLabel.SUPPORTS, 0.6)));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).evidence()).containsExactly(1L, 3L);
        assertThat(periods.get(0).note()).startsWith("2 of 3 statements");
    }

    @Test
    void takingASideAfterOnlyMentioningItIsAChange() {
        List<Period> periods = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.NEUTRAL, 0.6),
                statement(2, MAY_20, StanceLabel.OPPOSES, 0.7)));
        assertThat(periods).extracting(Period::stance).containsExactly(StanceLabel.NEUTRAL, StanceLabel.OPPOSES);
        assertThat(periods.get(0).evidence()).containsExactly(1L);
    }

    @Test
    void bothSidesOnTheSameDayAreMixed() {
        List<Period> periods = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.6),
                statement(2, MARCH_3, StanceLabel.OPPOSES, 0.6)));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).stance()).isEqualTo(StanceLabel.MIXED);
        assertThat(periods.get(0).evidence()).containsExactly(1L, 2L);
    }

    @Test
    void aWeakAsideTheOtherWayDoesNotMakeADayMixed() {
        StanceLabel stance = StanceTimeline.vote(List.of(new StanceAssessment(StanceLabel.SUPPORTS, 0.8, List.of()),
                new StanceAssessment(StanceLabel.SUPPORTS, 0.7, List.of()), new StanceAssessment(StanceLabel.OPPOSES, 0.5, List.of())));
        assertThat(stance).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(StanceTimeline.vote(List.of(new StanceAssessment(StanceLabel.NEUTRAL, 0.6, List.of())))).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(StanceTimeline.vote(List.of(new StanceAssessment(StanceLabel.MIXED, 0.6, List.of())))).isEqualTo(StanceLabel.MIXED);
    }

    @Test
    void confidenceGrowsWithAgreementAndFallsWithDissent() {
        double one = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.7))).get(0).confidence();
        double three = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.7),
                statement(2, MARCH_9, StanceLabel.SUPPORTS, 0.7), statement(3, APRIL_2, StanceLabel.SUPPORTS, 0.7))).get(0).confidence();
        double disputed = StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.7),
                statement(2, MARCH_3, StanceLabel.SUPPORTS, 0.7), statement(3, MARCH_3, StanceLabel.OPPOSES, 0.4))).get(0).confidence();
        assertThat(three).isGreaterThan(one).isLessThanOrEqualTo(0.95);
        assertThat(disputed).isLessThan(StanceTimeline.of(List.of(statement(1, MARCH_3, StanceLabel.SUPPORTS, 0.7),
                statement(2, MARCH_3, StanceLabel.SUPPORTS, 0.7))).get(0).confidence());
    }

    @Test
    void noStatementsNoPositions() {
        assertThat(StanceTimeline.of(List.of())).isEmpty();
    }
}
