package io.stancegraph.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An actor's stance on a topic over time, from the assessed statements the actor made on it. Statements are read
 * day by day; a day's statements vote, weighted by confidence. A day that takes a different side from the stance
 * held so far starts a new period, valid from that day; a day that takes no side (only NEUTRAL statements) changes
 * nothing once a side has been taken, because mentioning a topic is not changing one's mind about it.
 */
public final class StanceTimeline {

    /**
     * One assessed statement: its id, the article that reported it and its wording (different statements reported
     * by different articles corroborate each other; several from one article, or one wire story's quote copied by
     * several outlets, do not), the date it was made (or reported), and its assessment.
     */
    public record Evidence(long statementId, long articleId, String wording, LocalDate date,
            StanceAssessment assessment) {
        public Evidence {
            if (date == null || assessment == null || wording == null) {
                throw new IllegalArgumentException("evidence needs a wording, a date and an assessment");
            }
        }
    }

    /**
     * One period of the timeline: the stance, the date it holds from, a confidence from how many statements show
     * it and how far the others agree, the statements that show it, how many articles reported them, and a
     * one-line account of why.
     */
    public record Period(StanceLabel stance, LocalDate validFrom, double confidence, List<Long> evidence, int articles,
            String note) {
        public Period {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The share of the weaker side, against the stronger, from which several statements together are MIXED: an
     * actor who mostly argues one way with an aside the other way still takes that side.
     */
    private static final double MIXED_SHARE = 2.0 / 3;
    private static final int CUES_IN_NOTE = 5;

    private StanceTimeline() {
    }

    /** The periods, oldest first; empty without statements. Statements on the same date keep their given order. */
    public static List<Period> of(List<Evidence> statements) {
        Map<LocalDate, List<Evidence>> days = new LinkedHashMap<>();
        statements.stream().sorted(Comparator.comparing(Evidence::date))
                .forEach(statement -> days.computeIfAbsent(statement.date(), day -> new ArrayList<>()).add(statement));
        List<Period> periods = new ArrayList<>();
        StanceLabel held = null;
        LocalDate from = null;
        List<Evidence> period = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Evidence>> day : days.entrySet()) {
            StanceLabel stance = vote(day.getValue().stream().map(Evidence::assessment).toList());
            if (held == null || (stance != held && stance != StanceLabel.NEUTRAL)) {
                if (held != null) {
                    periods.add(close(held, from, period));
                }
                held = stance;
                from = day.getKey();
                period = new ArrayList<>();
            }
            period.addAll(day.getValue());
        }
        if (held != null) {
            periods.add(close(held, from, period));
        }
        return periods;
    }

    /**
     * The side several statements take together: the larger of for and against, weighted by confidence, a MIXED
     * statement counting half to each; MIXED when the weaker side has at least two thirds of the weight of the
     * stronger; NEUTRAL when none takes a side.
     */
    public static StanceLabel vote(List<StanceAssessment> assessments) {
        double supports = 0;
        double opposes = 0;
        for (StanceAssessment assessment : assessments) {
            switch (assessment.stance()) {
                case SUPPORTS -> supports += assessment.confidence();
                case OPPOSES -> opposes += assessment.confidence();
                case MIXED -> {
                    supports += assessment.confidence() / 2;
                    opposes += assessment.confidence() / 2;
                }
                case NEUTRAL -> {
                    // takes no side, so it does not vote
                }
            }
        }
        if (supports == 0 && opposes == 0) {
            return StanceLabel.NEUTRAL;
        }
        double stronger = Math.max(supports, opposes);
        if (Math.min(supports, opposes) >= MIXED_SHARE * stronger) {
            return StanceLabel.MIXED;
        }
        return supports > opposes ? StanceLabel.SUPPORTS : StanceLabel.OPPOSES;
    }

    /**
     * Evidence is the statements of the period that take its stance (for MIXED, every statement that takes a
     * side). Confidence is their mean confidence, scaled by the share of the period's weight they carry and raised
     * a little for each further statement that agrees.
     */
    private static Period close(StanceLabel stance, LocalDate from, List<Evidence> statements) {
        List<Evidence> evidence = statements.stream().filter(statement -> shows(stance, statement.assessment().stance()))
                .toList();
        double agreeing = evidence.stream().mapToDouble(statement -> statement.assessment().confidence()).sum();
        double taking = stance == StanceLabel.NEUTRAL ? agreeing : statements.stream()
                .filter(statement -> statement.assessment().stance() != StanceLabel.NEUTRAL)
                .mapToDouble(statement -> statement.assessment().confidence()).sum();
        double mean = agreeing / evidence.size();
        double share = taking == 0 ? 1 : agreeing / taking;
        double corroboration = evidence.size() == 1 ? 0.85 : Math.min(1.0, 0.95 + 0.05 * (evidence.size() - 2));
        double confidence = Math.round(Math.min(0.95, mean * share * corroboration) * 100) / 100.0;
        return new Period(stance, from, Math.max(0.05, confidence),
                evidence.stream().map(Evidence::statementId).toList(),
                articles(evidence), note(evidence, statements.size()));
    }

    /** The articles that report a wording of their own: a copy of a statement already counted adds nothing. */
    private static int articles(List<Evidence> evidence) {
        Set<String> wordings = new HashSet<>();
        Set<Long> articles = new HashSet<>();
        for (Evidence statement : evidence) {
            if (wordings.add(statement.wording().strip().toLowerCase(Locale.ROOT))) {
                articles.add(statement.articleId());
            }
        }
        return articles.size();
    }

    private static boolean shows(StanceLabel period, StanceLabel statement) {
        return period == StanceLabel.MIXED ? statement != StanceLabel.NEUTRAL : statement == period;
    }

    /** "2 of 3 statements; cues: must, not support" */
    private static String note(List<Evidence> evidence, int statements) {
        Set<String> cues = new LinkedHashSet<>();
        evidence.forEach(statement -> cues.addAll(statement.assessment().cues()));
        String count = evidence.size() == statements
                ? evidence.size() + (statements == 1 ? " statement" : " statements")
                : evidence.size() + " of " + statements + " statements";
        return cues.isEmpty() ? count : count + "; cues: " + String.join(", ", cues.stream().limit(CUES_IN_NOTE).toList());
    }
}
