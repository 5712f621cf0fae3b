package io.stancegraph.tools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted statements against gold ones per the contract: a match needs the same article, compatible kinds
 * (PARTIAL and INDIRECT stand in for each other, DIRECT must be DIRECT) and a text overlap of at least half of the
 * longer text's tokens; matching is one-to-one, greedy by best overlap.
 */
public final class Evaluator {

    /**
     * A statement reduced to what scoring needs; {@code speakerRule} is the extractor's rule that chose the speakers
     * (empty for gold statements).
     */
    public record Item(String article, String kind, Set<String> speakers, String text, int paragraph,
            String speakerRule) {
    }

    public record Pair(Item gold, Item predicted, double overlap) {
    }

    /**
     * Counts for one slice. Recall uses matches counted by gold kind, precision matches counted by predicted kind;
     * attribution is over the matches counted by gold kind.
     */
    public record Scores(int gold, int predicted, int matchedGold, int matchedPredicted, int attributed) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double attribution() {
            return matchedGold == 0 ? 0 : (double) attributed / matchedGold;
        }
    }

    public record Result(List<Pair> matches, List<Item> misses, List<Item> falsePositives, List<Item> gold,
                         List<Item> predicted) {

        public Scores overall() {
            return scores(k -> true);
        }

        /** By kind: recall counts gold of that kind, precision counts predictions of that kind. */
        public Scores byKind(Set<String> kinds) {
            return scores(kinds::contains);
        }

        private Scores scores(java.util.function.Predicate<String> kind) {
            int g = (int) gold.stream().filter(i -> kind.test(i.kind())).count();
            int p = (int) predicted.stream().filter(i -> kind.test(i.kind())).count();
            int matchedGold = 0;
            int matchedPred = 0;
            int attributed = 0;
            for (Pair m : matches) {
                if (kind.test(m.gold().kind())) {
                    matchedGold++;
                    if (m.gold().speakers().equals(m.predicted().speakers())) {
                        attributed++;
                    }
                }
                if (kind.test(m.predicted().kind())) {
                    matchedPred++;
                }
            }
            return new Scores(g, p, matchedGold, matchedPred, attributed);
        }
    }

    private Evaluator() {
    }

    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (String t : tokenList(text)) {
            out.add(t);
        }
        return out;
    }

    static List<String> tokenList(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else if (sb.length() > 0) {
                out.add(sb.toString());
                sb.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    /** Overlap as a share of the longer text's tokens (multiset intersection). */
    static double overlap(String a, String b) {
        List<String> ta = tokenList(a);
        List<String> tb = tokenList(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : ta) {
            counts.merge(t, 1, Integer::sum);
        }
        int common = 0;
        for (String t : tb) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        return (double) common / Math.max(ta.size(), tb.size());
    }

    static boolean kindsAgree(String gold, String predicted) {
        if (gold.equals("DIRECT") || predicted.equals("DIRECT")) {
            return gold.equals(predicted);
        }
        return true;
    }

    public static Result evaluate(List<Item> gold, List<Item> predicted) {
        List<Pair> candidates = new ArrayList<>();
        for (Item g : gold) {
            for (Item p : predicted) {
                if (!g.article().equals(p.article()) || !kindsAgree(g.kind(), p.kind())) {
                    continue;
                }
                double o = overlap(g.text(), p.text());
                if (o >= 0.5) {
                    candidates.add(new Pair(g, p, o));
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y.overlap(), x.overlap()));
        Set<Item> usedGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Item> usedPred = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Pair> matches = new ArrayList<>();
        for (Pair c : candidates) {
            if (usedGold.contains(c.gold()) || usedPred.contains(c.predicted())) {
                continue;
            }
            usedGold.add(c.gold());
            usedPred.add(c.predicted());
            matches.add(c);
        }
        List<Item> misses = gold.stream().filter(g -> !usedGold.contains(g)).toList();
        List<Item> fps = predicted.stream().filter(p -> !usedPred.contains(p)).toList();
        return new Result(matches, misses, fps, gold, predicted);
    }
}
