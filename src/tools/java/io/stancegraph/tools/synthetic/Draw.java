package io.stancegraph.tools.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for the generator. Every entity draws from a generator seeded by (seed, stream, index), so an
 * article can be generated again, alone and in any order, with the same result.
 */
final class Draw {

    private Draw() {
    }

    /** A generator of its own for one entity of one kind. */
    static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stream + 1)) + index));
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T one(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Fisher–Yates, in place. */
    static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    /** Items drawn with fixed weights, by binary search over the cumulative weights. */
    static final class Weighted<T> {

        private final List<T> items;
        private final double[] cumulative;

        Weighted(List<T> items, double[] weights) {
            if (items.size() != weights.length || items.isEmpty()) {
                throw new IllegalArgumentException("one weight per item, and at least one item");
            }
            this.items = List.copyOf(items);
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        /** Rank r (0-based) drawn with weight 1 / (r + 1)^exponent: a few items take most draws. */
        static Weighted<Integer> zipf(int size, double exponent) {
            double[] weights = new double[size];
            Integer[] ranks = new Integer[size];
            for (int r = 0; r < size; r++) {
                weights[r] = 1 / Math.pow(r + 1, exponent);
                ranks[r] = r;
            }
            return new Weighted<>(Arrays.asList(ranks), weights);
        }

        T pick(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            index = index >= 0 ? index + 1 : -index - 1;
            return items.get(Math.min(index, items.size() - 1));
        }

        int size() {
            return items.size();
        }
    }
}
