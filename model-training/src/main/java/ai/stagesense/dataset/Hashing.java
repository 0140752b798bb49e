package ai.stagesense.dataset;

import java.nio.charset.StandardCharsets;

/** Fast 64-bit hashes for deduplication keys (not for splits: those must be reproducible from Python, see Splits). */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** FNV-1a over the UTF-8 bytes, finished with {@link #mix}: FNV alone clusters on short, similar strings. */
    public static long hash64(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** Combines hashes in order (a list hash, not a set hash). */
    public static long combine(long seed, long value) {
        return mix(seed * 31 + value);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
