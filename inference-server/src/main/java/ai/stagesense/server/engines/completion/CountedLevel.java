package ai.stagesense.server.engines.completion;

import ai.stagesense.codeintel.masking.LineAbstraction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A level held as a map from its context key ({@code stage\tline…}, tab-separated, the stage alone for no
 * previous lines) to the ranked next lines: the stage-aware counts and the levels summed from them.
 */
final class CountedLevel implements NgramLevel {

    private final LineAbstraction view;
    private final int previous;
    private final Map<String, Ranked> ranked;

    /** Every context's lines are ranked here, once: sorting them on every request cost more than the rest. */
    CountedLevel(LineAbstraction view, int previous, Map<String, Map<String, Long>> counts) {
        this.view = view;
        this.previous = previous;
        this.ranked = new HashMap<>();
        counts.forEach((key, next) -> ranked.put(key, Ranked.of(next)));
    }

    @Override
    public Next lookup(String stage, List<String> context) {
        StringBuilder key = new StringBuilder(stage);
        for (String line : context.subList(context.size() - previous, context.size())) {
            key.append('\t').append(view.of(line));
        }
        return ranked.get(key.toString());
    }

    private record Ranked(List<String> lines, long[] counts, long total, Map<String, Long> index) implements Next {

        static Ranked of(Map<String, Long> counts) {
            List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            long[] n = new long[sorted.size()];
            List<String> lines = new ArrayList<>(sorted.size());
            long total = 0;
            for (int i = 0; i < n.length; i++) {
                lines.add(sorted.get(i).getKey());
                n[i] = sorted.get(i).getValue();
                total += n[i];
            }
            return new Ranked(List.copyOf(lines), n, total, counts);
        }

        @Override
        public int size() {
            return lines.size();
        }

        @Override
        public String line(int i) {
            return lines.get(i);
        }

        @Override
        public long count(int i) {
            return counts[i];
        }

        @Override
        public boolean contains(String line) {
            return index.containsKey(line);
        }
    }
}
