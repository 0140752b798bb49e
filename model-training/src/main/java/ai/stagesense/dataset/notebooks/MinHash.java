package ai.stagesense.dataset.notebooks;

import ai.stagesense.dataset.Hashing;

/**
 * MinHash signatures and locality-sensitive banding over sets of cell hashes: two notebooks share a band key with
 * probability {@code 1 - (1 - J^ROWS)^BANDS} for Jaccard similarity J (98.5 % at J = 0.8, 40 % at J = 0.5), so only
 * likely forks are compared exactly.
 */
public final class MinHash {

    public static final int BANDS = 8;
    public static final int ROWS = 4;
    private static final int SIZE = BANDS * ROWS;
    private static final long[] SEEDS = new long[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            SEEDS[i] = Hashing.mix(0x9E3779B97F4A7C15L * (i + 1));
        }
    }

    private MinHash() {
    }

    public static long[] signature(long[] set) {
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long value : set) {
            for (int i = 0; i < SIZE; i++) {
                long h = Hashing.mix(value ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One key per band; the band index is mixed in so equal rows in different bands do not collide. */
    public static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) {
                k = Hashing.combine(k, signature[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    /** Exact Jaccard similarity of two sorted, distinct arrays. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
