package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How English political news expresses stance, as lemmatised words and phrases ("*" stands for any one word). Each
 * entry has a role: a signal for or against what its clause is about, a negator, a word that raises or lowers the
 * topic it governs ("new sanctions", "lift sanctions"), a hedge, a condition, or a modal that asserts.
 */
final class StanceLexicon {

    enum Role {
        /** For (+1) or against (-1) what the clause is about: support, must, welcome / oppose, mistake, threat. */
        SIGNAL,
        /** Turns the next stance word or topic mention round: not, no, never, without, no longer. */
        NEGATOR,
        /** "refuse to back": a negator before another stance word, a signal against on its own. */
        REFUSAL,
        /** "the fantasy that X": denies the proposition that follows, or counts against on its own. */
        COUNTERFACTUAL,
        /** More of the topic it governs (+1: new, tougher, raise) or less of it (-1: lift, cut, prevent). */
        GOVERNOR,
        /** Lowers confidence: may, could, perhaps, consider. */
        HEDGE,
        /** Support or opposition on a condition, which makes it mixed: only if, provided that, unless. */
        CONDITION,
        /** Asserts what follows without taking a side by itself: will, would, going to. */
        AFFIRMATION
    }

    /**
     * One entry. {@code beforeTopic}: counts only when the topic follows closely ("against sanctions"), because
     * the word is too common otherwise ("backing Ukraine against aggression").
     */
    record Entry(String[] lemmas, Role role, int polarity, double weight, boolean beforeTopic) {
    }

    private static final Map<String, List<Entry>> BY_FIRST = new HashMap<>();

    /**
     * Verbs against that act on a stance word after them rather than adding to it: "rejected calls for a
     * ceasefire" opposes the ceasefire, where the two words would cancel out if simply added.
     */
    static final Set<String> OPPOSING_VERBS = Words.set("reject", "dismiss", "oppose", "resist", "condemn",
            "denounce", "criticise", "criticize", "object to", "rule out", "rule * out", "slam");

    static {
        signals(+1, 1.0, """
                support|back|endorse|welcome|favour|in favour of|advocate|champion|call for|push for|press for|argue for|
                campaign for|fight for|stand with|stand by|stand up for|commit to|commit|committed|commitment|pledge|
                promise|vow|embrace|applaud|praise|hail|accept|approve|agree to|sign up to|ensure|deliver|defend|protect|
                safeguard|want|would like|like to see|wish|hope|look forward to|ready|willing|eager|determined|keen|
                importance|important|essential|vital|crucial|key to|priority|prioritise|prioritize|focus on|focused on|
                necessary|in * interest|in * * interest|benefit|deserve|productive|positive|good|welcome|success|
                successful|realistic|achievable|viable|credible|legitimate|legitimacy|sensible|reasonable|trust|
                trustworthy|honest|serious|sincere|genuine|confident|optimistic|progress|pave the way|right to|the right thing|
                steadfast|ironclad|unwavering|firmly|effective|worthwhile""");
        signals(+1, 0.7, "must|should|need|have to|has to|ought to|require|necessity");
        signals(-1, 1.0, """
                oppose|opposition|opposed|reject|rejection|condemn|denounce|criticise|criticize|criticism|slam|dismiss|
                resist|rule out|rule * out|object to|objection|warn against|speak out against|walk away from|
                back away from|pull out of|betray|betrayal|surrender|capitulate|capitulation|appease|appeasement|
                unacceptable|mistake|error|wrong|misguided|foolish|reckless|dangerous|danger|threat|threaten|risk|risky|
                disaster|disastrous|catastrophe|catastrophic|damage|damaging|harm|harmful|failure|flawed|unrealistic|
                impossible|nonsense|absurd|ridiculous|naive|illegal|illegitimate|unjust|unfair|worry|worried|concern|
                concerned|fear|doubt|sceptical|skeptical|suspicious|bad faith|cynical|dishonest|liar|deceive|
                deception|deceit|bluff|sham|fake|prevaricate|obfuscate|stall|procrastinate|procrastination|dictator|
                dictatorship|tyrant|autocrat|despot|war criminal|unreliable|untrustworthy|disgrace|disgraceful|
                shameful|outrageous|bastard|weak|no place for|red line|trap|ploy|ruse|stunt|smokescreen|farce|
                ineffective|counterproductive|pointless|useless|futile|backfire""");
        entry("against", Role.SIGNAL, -1, 1.0, true);
        roles(Role.NEGATOR, 0, """
                not|no|never|nobody|none|nothing|neither|nor|without|no longer|lack|lack of|far from|hardly|barely|
                nowhere|instead of|rather than""");
        roles(Role.REFUSAL, -1, "refuse|decline|fail|reluctant|unwilling|stop short of|hesitate");
        roles(Role.COUNTERFACTUAL, -1, "fantasy|illusion|myth|delusion|pretence|pretense|pretend|false|wishful thinking");
        roles(Role.GOVERNOR, +1, """
                more|new|greater|further|fresh|tougher|tighter|harsher|stronger|extra|additional|increase|raise|boost|
                expand|extend|strengthen|step up|accelerate|double|higher|bigger|impose|introduce|maintain|keep|tighten|
                restore|renew""");
        roles(Role.GOVERNOR, -1, """
                lift|ease|cut|reduce|lower|slash|scrap|drop|end|abandon|withdraw|remove|weaken|less|fewer|suspend|halt|
                stop|prevent|block|veto|delay|postpone|axe|relax|roll back|water down|undermine|exclude|sideline|
                bypass|shut out|leave out|freeze out""");
        roles(Role.HEDGE, 0, """
                may|might|could|perhaps|possibly|probably|maybe|consider|open to|seem|appear|if|likely|
                reportedly|suggest|tentatively|in time""");
        roles(Role.CONDITION, 0, """
                only if|provided that|on condition|on the condition|so long as|unless|conditional on|
                in principle|but only""");
        roles(Role.AFFIRMATION, 0, "will|would|shall|going to|can|is to|are to");
    }

    private StanceLexicon() {
    }

    private static void signals(int polarity, double weight, String phrases) {
        for (String phrase : phrases.replace("\n", "").split("\\|")) {
            entry(phrase, Role.SIGNAL, polarity, weight, false);
        }
    }

    private static void roles(Role role, int polarity, String phrases) {
        for (String phrase : phrases.replace("\n", "").split("\\|")) {
            entry(phrase, role, polarity, 1.0, false);
        }
    }

    private static void entry(String phrase, Role role, int polarity, double weight, boolean beforeTopic) {
        String[] lemmas = phrase.strip().split(" +");
        if (lemmas.length == 0 || lemmas[0].isEmpty()) {
            return;
        }
        BY_FIRST.computeIfAbsent(lemmas[0], key -> new ArrayList<>())
                .add(new Entry(lemmas, role, polarity, weight, beforeTopic));
    }

    /** A match of an entry on words [start, end). */
    record Match(Entry entry, int start, int end) {
    }

    /**
     * The longest entry that starts at {@code at}, or null. An entry of one word matches the word or one of its
     * lemmas; each further word of a phrase likewise.
     */
    static Match longestAt(List<StanceText.Word> words, int at) {
        Match best = null;
        for (String lemma : words.get(at).lemmas()) {
            List<Entry> entries = BY_FIRST.get(lemma);
            if (entries == null) {
                continue;
            }
            for (Entry entry : entries) {
                int end = matchEnd(entry, words, at);
                if (end > 0 && (best == null || end > best.end())) {
                    best = new Match(entry, at, end);
                }
            }
        }
        return best;
    }

    private static int matchEnd(Entry entry, List<StanceText.Word> words, int at) {
        int i = at + 1;
        for (int k = 1; k < entry.lemmas().length; k++, i++) {
            if (i >= words.size()) {
                return -1;
            }
            String lemma = entry.lemmas()[k];
            if (!lemma.equals("*") && !words.get(i).is(lemma)) {
                return -1;
            }
        }
        return i;
    }

    /** Words that name nothing on their own, left out when a topic's name stands in for its keywords. */
    static final Set<String> STOPWORDS = Words.set("a", "an", "the", "of", "on", "in", "to", "for", "at", "and", "or",
            "with", "by", "as", "from", "about", "its", "their", "his", "her", "us", "any", "all", "first", "new");
}
