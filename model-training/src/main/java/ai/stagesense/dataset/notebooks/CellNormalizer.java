package ai.stagesense.dataset.notebooks;

import ai.stagesense.dataset.Hashing;

/**
 * The text two copies of a cell share when one is a fork of the other: full-line comments, blank lines and
 * whitespace differences removed. Deliberately crude: it only has to make forks collide, and a false merge of two
 * cells costs one duplicate notebook at most.
 */
public final class CellNormalizer {

    /** Hash of a cell that normalises to nothing (only comments and blanks). */
    public static final long EMPTY = Hashing.hash64("");

    private CellNormalizer() {
    }

    public static String normalize(String source) {
        StringBuilder out = new StringBuilder();
        for (String line : source.split("\\r\\n|\\r|\\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(t.replaceAll("\\s+", " "));
        }
        return out.toString();
    }

    public static long hash(String source) {
        return Hashing.hash64(normalize(source));
    }
}
