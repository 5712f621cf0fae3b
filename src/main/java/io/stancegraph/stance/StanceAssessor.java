package io.stancegraph.stance;

import java.util.List;

import io.stancegraph.stance.ClauseReading.ClauseStance;
import io.stancegraph.stance.CueVerbRule.CueVerb;
import io.stancegraph.stance.StanceText.Clause;
import io.stancegraph.stance.StanceText.Word;
import io.stancegraph.stance.TopicFinder.Found;
import io.stancegraph.stance.TopicFinder.Reach;
import io.stancegraph.stance.TopicFinder.Weighed;

/**
 * Decides the stance one statement takes on one topic, from how English political news words it.
 * <ol>
 * <li>Find where the statement speaks of the topic ({@link TopicFinder}): the clauses that contain one of its
 * keywords; failing that, the clauses that contain a word of its name; failing that, the whole statement.</li>
 * <li>In each such clause, read the words of the lexicon ({@link StanceLexicon}) left to right and let each act on
 * the words after it: negators, reported rejections, refusals and governors ({@link #RULES}).</li>
 * <li>Ask the rule families in order how the clause leans: stance words (with the reporting verb's weight),
 * questions, governed mentions, judging keywords, negated mentions, assertions. The first that decides stamps its
 * name on the clause.</li>
 * <li>Weigh the clauses: for and against of similar weight make it MIXED, and so does a condition ("only if");
 * nothing at all makes it NEUTRAL. "denied" turns the content round. Hedges, questions and a topic found only by
 * its name lower the confidence.</li>
 * <li>Read the statement against the topic's pro and con claims ({@link ClaimMatch}): a statement that says a claim
 * takes its side where the rules found none, and over the rules when it says most of the claim.</li>
 * </ol>
 * Plain Java; the only state is a cache of the topics' keywords read into words, so one instance serves any
 * number of threads.
 */
public final class StanceAssessor {

    /** Raise when the rules change, so judgements stored by earlier rules are made again. */
    public static final int VERSION = 3;

    /**
     * The rule families. Each acts on the marks of its kind on the pass left to right; then, in this order, the
     * first that decides a clause's leaning stamps its name on it.
     */
    static final List<StanceRule> RULES = List.of(new StanceWordRule(), new QuestionRule(), new GovernorRule(),
            new JudgingKeywordRule(), new NegationRule(), new AssertionRule(), new RejectionRule(), new RefusalRule());

    private final TopicFinder topics = new TopicFinder();

    /**
     * The stance of {@code text} on {@code topic}. {@code cue} is the lemmatised reporting verb ("say", "back",
     * "reject"); {@code form} tells whether "call" labels (PARTIAL: called him a "dictator") or asks (INDIRECT:
     * called for more spending). Either may be null.
     */
    public StanceAssessment assess(String text, String cue, QuoteForm form, StanceTopic topic) {
        if (text == null || topic == null) {
            throw new IllegalArgumentException("a statement's text and a topic are needed");
        }
        List<Clause> clauses = StanceText.clauses(text);
        Found found = topics.find(clauses, topic);
        CueVerb verb = CueVerbRule.read(cue, form);
        StanceTally tally = new StanceTally(verb);
        for (Weighed weighed : found.relevant()) {
            Clause clause = hypotheticalCut(clauses.get(weighed.index()), found);
            boolean whether = whetherBefore(clause, found);
            boolean asked = tally.question() || clause.question() || whether;
            // The reporting verb governs the reported content, not a contrast the speaker adds to it.
            ClauseReading reading = new ClauseReading(clause, found.mentions(clause),
                    weighed.contrast() ? 0 : verb.weight(), found.reach() == Reach.KEYWORD, asked, RULES);
            ClauseStance stance = counterfactual(reading.decide(RULES), clause);
            if (whether) {
                // An open question's stance words weigh its answers ("whether it is a good or a bad thing").
                stance = new ClauseStance(0, stance.because(), stance.hedged(), stance.conditional(),
                        QuestionRule.NAME);
            }
            tally.add(stance, weighed.weight(), clause.question());
        }
        StanceAssessment rules = tally.verdict(found.reach());
        return byClaim(rules, clauses, topic, verb.asks());
    }

    /**
     * "whether a ceasefire is good or bad", "no view on whether sanctions work": the topic is asked about, not
     * argued for.
     */
    private static boolean whetherBefore(Clause clause, Found found) {
        List<Word> words = clause.words();
        int first = found.mentions(clause).stream().mapToInt(mark -> mark.start).min().orElse(words.size());
        for (int i = 0; i < Math.min(first, words.size()); i++) {
            if (words.get(i).is("whether")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "If Russia were serious about peace, it would stop bombing": a condition in the subjunctive says the speaker
     * holds it untrue, so what the clause says of the topic is turned round.
     */
    private static ClauseStance counterfactual(ClauseStance stance, Clause clause) {
        List<Word> words = clause.words();
        if (stance.leaning() == 0 || !words.get(0).lower().equals("if")) {
            return stance;
        }
        for (int i = 2; i < Math.min(words.size(), 6); i++) {
            if (words.get(i).lower().equals("were")) {
                return new ClauseStance(-stance.leaning(), stance.because(), stance.hedged(), stance.conditional(),
                        stance.rule());
            }
        }
        return stance;
    }

    /**
     * "would impose sanctions if the Kremlin did not accept the truce": what follows "if" is the hypothetical the
     * speaker's stance hangs on, not the stance. With the topic before "if", the clause is read up to "if".
     */
    private static Clause hypotheticalCut(Clause clause, Found found) {
        List<Word> words = clause.words();
        int at = -1;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).lower().equals("if")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return clause;
        }
        int cut = at;
        if (found.mentions(clause).stream().noneMatch(mark -> mark.end <= cut)) {
            // The topic inside the condition: a condition on the topic ("only if") is read as such.
            return clause;
        }
        // "if" itself stays, so that "only if" still sets a condition.
        return new Clause(words.subList(0, cut + 1), clause.sentence(), clause.contrast(), clause.question());
    }

    /**
     * A statement that says a claim of the topic takes its side: where the rules find no stance, and over the rules
     * when it says most of the claim ("International borders must not be changed by force" is the con claim
     * whatever "must" suggests). A reporting verb that asks ("asked whether") says no claim.
     */
    private static StanceAssessment byClaim(StanceAssessment rules, List<Clause> clauses, StanceTopic topic,
            boolean asked) {
        if (asked) {
            return rules;
        }
        ClaimMatch.Matched matched = ClaimMatch.best(clauses, topic);
        if (matched == null
                || rules.stance() != StanceLabel.NEUTRAL && matched.share() < ClaimMatch.OVER_RULES_SHARE) {
            return rules;
        }
        StanceLabel stance = matched.leaning() > 0 ? StanceLabel.SUPPORTS : StanceLabel.OPPOSES;
        double confidence = Math.round((0.45 + 0.45 * matched.share()) * 100) / 100.0;
        return new StanceAssessment(stance, confidence, List.of(matched.cue()), ClaimMatch.NAME);
    }
}
