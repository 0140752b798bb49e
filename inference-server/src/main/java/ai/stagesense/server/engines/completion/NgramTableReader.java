package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.masking.LineAbstraction;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads docs/models.md's n-gram table as a stream: the served table's file is tens of megabytes of JSON, and a
 * parsed tree of it alone did not fit in the server's heap.
 */
final class NgramTableReader {

    private int order = 3;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final List<Level> levels = new ArrayList<>();
    private String[] strings;

    private NgramTableReader() {
    }

    /** @throws IllegalArgumentException when the JSON is not an n-gram table; IOException when it cannot be read */
    static NgramTable read(Reader json) throws IOException {
        NgramTableReader table = new NgramTableReader();
        try (JsonReader reader = new JsonReader(json)) {
            table.root(reader);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // Gson: a value of another type than expected
        }
        return table.build();
    }

    private void root(JsonReader reader) throws IOException {
        boolean hasCounts = false;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "order" -> order = reader.nextInt();
                case "counts" -> {
                    counts(reader);
                    hasCounts = true;
                }
                case "stage_less" -> stageLess(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (!hasCounts) {
            throw new IllegalArgumentException("no \"counts\"");
        }
    }

    private void counts(JsonReader reader) throws IOException {
        reader.beginObject();
        while (reader.hasNext()) {
            String context = reader.nextName();
            Map<String, Long> next = new LinkedHashMap<>();
            reader.beginObject();
            while (reader.hasNext()) {
                next.put(reader.nextName(), reader.nextLong());
            }
            reader.endObject();
            counts.put(context, next);
        }
        reader.endObject();
    }

    private void stageLess(JsonReader reader) throws IOException {
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "strings" -> {
                    List<String> list = new ArrayList<>();
                    reader.beginArray();
                    while (reader.hasNext()) {
                        list.add(reader.nextString());
                    }
                    reader.endArray();
                    strings = list.toArray(new String[0]);
                }
                case "levels" -> {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        levels.add(level(reader));
                    }
                    reader.endArray();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (strings == null || levels.isEmpty()) {
            throw new IllegalArgumentException("the stage-less table needs \"strings\" and at least one level");
        }
    }

    private static Level level(JsonReader reader) throws IOException {
        String view = null;
        int previous = -1;
        int[] contexts = null;
        int[] sizes = null;
        int[] lines = null;
        long[] totals = null;
        long[] counts = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "context" -> view = reader.nextString();
                case "previous" -> previous = reader.nextInt();
                case "contexts" -> contexts = ints(reader);
                case "totals" -> totals = longs(reader);
                case "sizes" -> sizes = ints(reader);
                case "lines" -> lines = ints(reader);
                case "counts" -> counts = longs(reader);
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (view == null || contexts == null || totals == null || sizes == null || lines == null || counts == null) {
            throw new IllegalArgumentException("a stage-less level needs \"context\", \"previous\", \"contexts\", "
                    + "\"totals\", \"sizes\", \"lines\" and \"counts\"");
        }
        return new Level(LineAbstraction.byId(view), previous,
                new InternedLevel.LevelArrays(contexts, totals, sizes, lines, counts));
    }

    private record Level(LineAbstraction view, int previous, InternedLevel.LevelArrays arrays) {
    }

    private static int[] ints(JsonReader reader) throws IOException {
        long[] values = longs(reader);
        int[] ints = new int[values.length];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = Math.toIntExact(values[i]);
        }
        return ints;
    }

    private static long[] longs(JsonReader reader) throws IOException {
        long[] values = new long[1024];
        int n = 0;
        reader.beginArray();
        while (reader.hasNext()) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = reader.nextLong();
        }
        reader.endArray();
        return Arrays.copyOf(values, n);
    }

    private NgramTable build() {
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1, not " + order);
        }
        List<NgramLevel> stageLess = null;
        if (strings != null) {
            Map<String, Integer> ids = new HashMap<>(strings.length * 2);
            for (int i = 0; i < strings.length; i++) {
                ids.putIfAbsent(strings[i], i);
            }
            stageLess = new ArrayList<>();
            for (Level level : levels) {
                if (level.previous() > order - 1) {
                    throw new IllegalArgumentException("a level of " + level.previous()
                            + " previous lines in a table of order " + order);
                }
                stageLess.add(InternedLevel.of(level.view(), level.previous(), level.arrays(), strings, ids));
            }
        }
        return new NgramTable(order, counts, false, stageLess == null ? null : List.copyOf(stageLess));
    }
}
