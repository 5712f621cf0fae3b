package io.stancegraph.tools.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import io.stancegraph.position.Stance;
import io.stancegraph.tools.synthetic.SyntheticRows.PositionRow;
import io.stancegraph.tools.synthetic.SyntheticRows.StatementRow;

/**
 * Positions with history, read off the statements: it watches the statements go by (keeping a fixed-size random
 * sample per actor and topic), then cuts each actor's statements on a topic into periods, one position per period,
 * valid from its first statement and resting on 1–5 statements of that period. The most prominent actors' topics
 * come first, as an analyst would assess them.
 */
public final class PositionPlanner {

    private static final int SAMPLE_SIZE = 24;
    private static final List<Stance> STANCES = List.of(Stance.SUPPORTS, Stance.OPPOSES, Stance.MIXED, Stance.NEUTRAL);
    private static final double[] STANCE_WEIGHTS = { 35, 30, 20, 15 };
    /** How many positions (periods) an actor's history on one topic has: 1 to 5, mostly 2 or 3. */
    private static final double[] PERIOD_WEIGHTS = { 15, 30, 30, 20, 5 };

    /** A reservoir sample of the statements of one actor on one topic. */
    private static final class Sample {
        final long actorId;
        final long topicId;
        final long[] statementIds = new long[SAMPLE_SIZE];
        final long[] days = new long[SAMPLE_SIZE];
        int size;
        long seen;

        Sample(long actorId, long topicId) {
            this.actorId = actorId;
            this.topicId = topicId;
        }

        void offer(long statementId, long day, SplittableRandom random) {
            seen++;
            int slot = size < SAMPLE_SIZE ? size++ : (int) random.nextLong(seen);
            if (slot < SAMPLE_SIZE) {
                statementIds[slot] = statementId;
                days[slot] = day;
            }
        }
    }

    private final int target;
    private final long seed;
    private final List<Sample> candidates = new ArrayList<>();
    private final Map<Long, Sample> byActorAndTopic = new HashMap<>();
    private final SplittableRandom sampling;

    PositionPlanner(int target, long seed, ActorCatalogue actors) {
        this.target = target;
        this.seed = seed;
        this.sampling = Draw.random(seed, Streams.POSITIONS, 0);
        for (long actorId : actors.byProminence) {
            for (int topic : actors.profile(actorId).favouriteTopics) {
                Sample sample = new Sample(actorId, topic + 1);
                candidates.add(sample);
                byActorAndTopic.put(key(actorId, topic + 1), sample);
            }
        }
    }

    /** Takes note of a statement; call it for every statement, in id order. */
    public void accept(StatementRow statement) {
        for (long speaker : statement.speakerIds()) {
            for (long topic : statement.topicIds()) {
                Sample sample = byActorAndTopic.get(key(speaker, topic));
                if (sample != null) {
                    sample.offer(statement.id(), statement.datedOn().toEpochDay(), sampling);
                }
            }
        }
    }

    /** The positions, ids from 1, once every statement has been accepted. */
    public List<PositionRow> positions() {
        SplittableRandom random = Draw.random(seed, Streams.POSITIONS, 1);
        Draw.Weighted<Stance> stances = new Draw.Weighted<>(STANCES, STANCE_WEIGHTS);
        Draw.Weighted<Integer> periodCounts = new Draw.Weighted<>(List.of(1, 2, 3, 4, 5), PERIOD_WEIGHTS);
        List<PositionRow> positions = new ArrayList<>(target);
        for (Sample sample : candidates) {
            if (positions.size() >= target) {
                break;
            }
            if (sample.size == 0) {
                continue;
            }
            Integer[] order = new Integer[sample.size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> sample.days[i])
                    .thenComparingLong(i -> sample.statementIds[i]));
            // A new position can start only where the date changes, so valid_from differs from row to row.
            List<Integer> dateChanges = new ArrayList<>();
            for (int i = 1; i < order.length; i++) {
                if (sample.days[order[i]] != sample.days[order[i - 1]]) {
                    dateChanges.add(i);
                }
            }
            int periods = Math.min(periodCounts.pick(random), dateChanges.size() + 1);
            TreeSet<Integer> cuts = new TreeSet<>();
            while (cuts.size() < periods - 1) {
                cuts.add(dateChanges.get(random.nextInt(dateChanges.size())));
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            starts.addAll(cuts);
            Stance previous = null;
            for (int p = 0; p < starts.size() && positions.size() < target; p++) {
                int from = starts.get(p);
                int to = p + 1 < starts.size() ? starts.get(p + 1) : order.length;
                Stance stance = stances.pick(random);
                while (stance == previous) {
                    stance = stances.pick(random);
                }
                previous = stance;
                positions.add(position(positions.size() + 1, sample, order, from, to, stance, random));
            }
        }
        return positions;
    }

    private static PositionRow position(long id, Sample sample, Integer[] order, int from, int to, Stance stance,
            SplittableRandom random) {
        // The period's first statement always counts: the stance is valid from the day it was said.
        TreeSet<Long> evidence = new TreeSet<>();
        evidence.add(sample.statementIds[order[from]]);
        int wanted = Math.min(1 + random.nextInt(5), to - from);
        while (evidence.size() < wanted) {
            evidence.add(sample.statementIds[order[from + random.nextInt(to - from)]]);
        }
        boolean byEditor = Draw.chance(random, 0.3);
        double confidence = byEditor ? 0.8 + 0.2 * random.nextDouble() : 0.55 + 0.35 * random.nextDouble();
        String note = Draw.chance(random, 0.5) ? "Assessed from " + evidence.size()
                + (evidence.size() == 1 ? " statement" : " statements") : null;
        return new PositionRow(id, sample.actorId, sample.topicId, stance,
                LocalDate.ofEpochDay(sample.days[order[from]]),
                byEditor ? Draw.one(random, Vocabulary.EDITORS) : "extractor", Math.round(confidence * 100) / 100.0,
                note, List.copyOf(evidence));
    }

    private static long key(long actorId, long topicId) {
        return actorId * 1024 + topicId;
    }
}
