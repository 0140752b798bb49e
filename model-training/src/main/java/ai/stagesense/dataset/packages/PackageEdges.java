package ai.stagesense.dataset.packages;

import ai.stagesense.dataset.output.JsonLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Rows of {@code packages/edges/}: dependencies (directed) and co-imports (undirected, {@code src < dst}). */
public final class PackageEdges {

    public static final String DEPENDENCY = "dependency";
    public static final String COIMPORT = "coimport";

    private PackageEdges() {
    }

    public static String toJson(String src, String dst, String kind, long weight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("src", src);
        row.put("dst", dst);
        row.put("kind", kind);
        row.put("weight", weight);
        return JsonLines.toJson(row);
    }

    /**
     * The distributions a notebook imports, without the standard library and without names no catalog knows
     * (local helper modules such as {@code utils}), sorted.
     */
    public static List<String> distributions(List<String> imports, Map<String, String> learned, Set<String> known) {
        Set<String> out = new TreeSet<>();
        for (String module : imports) {
            if (!StdlibModules.contains(module)) {
                String dist = PackageNames.distributionOf(module, learned);
                if (known.contains(dist)) {
                    out.add(dist);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Every unordered pair of a sorted list, as "a\tb" keys. */
    public static List<String> pairs(List<String> sorted) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                out.add(sorted.get(i) + "\t" + sorted.get(j));
            }
        }
        return out;
    }
}
