package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.masking.LineAbstraction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A stage-less level of the trained table in primitive arrays over one shared pool of strings: the served table
 * holds about half a million contexts, which as maps of strings outgrew the server's heap several times over.
 * Contexts are the pool ids of their previous lines packed into a long and sorted, for binary search.
 */
final class InternedLevel implements NgramLevel {

    /** The most previous lines a packed key holds (two 32-bit ids). */
    static final int MAX_PREVIOUS = 2;

    private final LineAbstraction view;
    private final int previous;
    private final String[] strings;
    private final Map<String, Integer> ids;
    private final long[] keys;
    /** Context {@code c}'s lines are {@code lines[starts[c]] … lines[starts[c + 1] - 1]}, ranked. */
    private final int[] starts;
    private final int[] lines;
    private final long[] counts;
    private final long[] totals;

    private InternedLevel(LineAbstraction view, int previous, String[] strings, Map<String, Integer> ids, long[] keys,
                          int[] starts, int[] lines, long[] counts, long[] totals) {
        this.view = view;
        this.previous = previous;
        this.strings = strings;
        this.ids = ids;
        this.keys = keys;
        this.starts = starts;
        this.lines = lines;
        this.counts = counts;
        this.totals = totals;
    }

    @Override
    public Next lookup(String stage, List<String> context) {
        long key = 0;
        for (String line : context.subList(context.size() - previous, context.size())) {
            Integer id = ids.get(view.of(line));
            if (id == null) {
                return null;
            }
            key = key << 32 | id;
        }
        int c = Arrays.binarySearch(keys, key);
        return c < 0 ? null : new Slice(c);
    }

    /** One context's lines, read from the arrays. */
    private final class Slice implements Next {
        private final int context;

        Slice(int context) {
            this.context = context;
        }

        @Override
        public int size() {
            return starts[context + 1] - starts[context];
        }

        @Override
        public String line(int i) {
            return strings[lines[starts[context] + i]];
        }

        @Override
        public long count(int i) {
            return counts[starts[context] + i];
        }

        @Override
        public long total() {
            return totals[context];
        }

        @Override
        public boolean contains(String line) {
            Integer id = ids.get(line);
            if (id == null) {
                return false;
            }
            for (int i = starts[context]; i < starts[context + 1]; i++) {
                if (lines[i] == id) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A level from the file's flat arrays (docs/models.md), checked: every index inside {@code strings}, sizes that
     * add up. Contexts the file does not list in key order are sorted here, lines not ranked are ranked here.
     */
    static InternedLevel of(LineAbstraction view, int previous, LevelArrays arrays, String[] strings,
                            Map<String, Integer> ids) {
        if (previous < 0 || previous > MAX_PREVIOUS) {
            throw new IllegalArgumentException("a stage-less level counts 0 to " + MAX_PREVIOUS
                    + " previous lines, not " + previous);
        }
        int contexts = arrays.totals().length;
        if (arrays.sizes().length != contexts || arrays.contexts().length != contexts * previous
                || arrays.lines().length != arrays.counts().length) {
            throw new IllegalArgumentException("a " + view.id() + " level's arrays disagree on its number of contexts");
        }
        int[] starts = new int[contexts + 1];
        long[] keys = new long[contexts];
        for (int c = 0; c < contexts; c++) {
            starts[c + 1] = starts[c] + arrays.sizes()[c];
            for (int p = 0; p < previous; p++) {
                int id = checkId(arrays.contexts()[c * previous + p], strings.length);
                keys[c] = keys[c] << 32 | id;
            }
        }
        if (starts[contexts] != arrays.lines().length) {
            throw new IllegalArgumentException("a " + view.id() + " level's sizes add up to " + starts[contexts]
                    + " lines, not the " + arrays.lines().length + " listed");
        }
        for (int line : arrays.lines()) {
            checkId(line, strings.length);
        }
        int[] order = sortedOrder(keys);
        long[] sortedKeys = new long[contexts];
        long[] totals = new long[contexts];
        int[] sortedStarts = new int[contexts + 1];
        int[] lines = new int[arrays.lines().length];
        long[] counts = new long[lines.length];
        int at = 0;
        for (int c = 0; c < contexts; c++) {
            int from = order[c];
            if (c > 0 && keys[from] == sortedKeys[c - 1]) {
                throw new IllegalArgumentException("a context is listed twice in a " + view.id() + " level");
            }
            sortedKeys[c] = keys[from];
            sortedStarts[c] = at;
            long sum = 0;
            for (int i = starts[from]; i < starts[from + 1]; i++, at++) {
                lines[at] = arrays.lines()[i];
                counts[at] = arrays.counts()[i];
                sum += counts[at];
            }
            totals[c] = Math.max(arrays.totals()[from], sum);
            rank(lines, counts, sortedStarts[c], at, strings);
        }
        sortedStarts[contexts] = at;
        return new InternedLevel(view, previous, strings, ids, sortedKeys, sortedStarts, lines, counts, totals);
    }

    /** A level's arrays as the file gives them (docs/models.md). */
    record LevelArrays(int[] contexts, long[] totals, int[] sizes, int[] lines, long[] counts) {
    }

    /** The contexts by key: as listed when the file lists them sorted (training does), else sorted here. */
    private static int[] sortedOrder(long[] keys) {
        boolean sorted = true;
        for (int c = 1; c < keys.length && sorted; c++) {
            sorted = keys[c - 1] < keys[c];
        }
        if (sorted) {
            return IntStream.range(0, keys.length).toArray();
        }
        return IntStream.range(0, keys.length).boxed()
                .sorted((a, b) -> Long.compare(keys[a], keys[b]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int checkId(int id, int strings) {
        if (id < 0 || id >= strings) {
            throw new IllegalArgumentException("string index " + id + " outside the table's " + strings + " strings");
        }
        return id;
    }

    /** Insertion sort of one context's (line, count) pairs: most frequent first, ties by line (linear if ranked). */
    private static void rank(int[] lines, long[] counts, int from, int to, String[] strings) {
        for (int i = from + 1; i < to; i++) {
            int line = lines[i];
            long count = counts[i];
            int j = i - 1;
            while (j >= from && (counts[j] < count
                    || counts[j] == count && strings[lines[j]].compareTo(strings[line]) > 0)) {
                lines[j + 1] = lines[j];
                counts[j + 1] = counts[j];
                j--;
            }
            lines[j + 1] = line;
            counts[j + 1] = count;
        }
    }
}
