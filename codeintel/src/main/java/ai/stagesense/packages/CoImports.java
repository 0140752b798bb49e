package ai.stagesense.packages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Item-item co-occurrence over notebooks: a notebook is a user, the packages it imports its history. The association
 * of two packages is their co-occurrence normalised by both totals (Ochiai: {@code n(a,b) / sqrt(n(a)·n(b))}), a
 * PMI-like score that, unlike raw PMI, does not crown two packages that happen to appear once, together.
 */
public final class CoImports {

    /** A package often imported together with another one. */
    public record Partner(String name, int notebooks, double association) {
    }

    private final Map<String, Integer> totals = new HashMap<>();
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private int notebooks;

    /** Counts the sequences of one split (train, so dev/test notebooks stay unseen), resolving imports. */
    public static CoImports count(List<ImportSequence> sequences, NameResolver resolver, String split) {
        CoImports out = new CoImports();
        for (ImportSequence sequence : sequences) {
            if (!split.equals(sequence.split())) {
                continue;
            }
            TreeSet<String> packages = new TreeSet<>();
            for (String module : sequence.imports()) {
                resolver.resolveImport(module).ifPresent(packages::add);
            }
            out.add(new ArrayList<>(packages));
        }
        return out;
    }

    /** One notebook's distinct packages. */
    void add(List<String> packages) {
        if (packages.isEmpty()) {
            return;
        }
        notebooks++;
        for (String a : packages) {
            totals.merge(a, 1, Integer::sum);
            for (String b : packages) {
                if (!a.equals(b)) {
                    pairs.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
                }
            }
        }
    }

    /** Notebooks importing at least one catalog package. */
    public int notebooks() {
        return notebooks;
    }

    public int notebooks(String name) {
        return totals.getOrDefault(name, 0);
    }

    /** The strongest partners of a package, at least {@code minTogether} shared notebooks each. */
    public List<Partner> partners(String name, int limit, int minTogether) {
        List<Partner> out = new ArrayList<>();
        int own = notebooks(name);
        pairs.getOrDefault(name, Map.of()).forEach((other, together) -> {
            if (together >= minTogether) {
                out.add(new Partner(other, together, together / Math.sqrt((double) own * notebooks(other))));
            }
        });
        out.sort(Comparator.comparingDouble(Partner::association).reversed().thenComparing(Partner::name));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}
