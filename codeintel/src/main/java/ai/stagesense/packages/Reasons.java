package ai.stagesense.packages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The human-readable evidence attached to each result, so a user can judge a suggestion at a glance ("shares
 * dependencies: numpy, scipy", "often imported with pandas in 412 notebooks"). Every phrase states a fact the
 * ranking used.
 */
final class Reasons {

    /** Ranks up to here are called widely used. */
    static final int WIDELY_USED_RANK = 1000;
    private static final int MAX_LISTED = 3;

    private final PackageIndex index;

    Reasons(PackageIndex index) {
        this.index = index;
    }

    /**
     * What, besides popularity, relates a candidate to the query package or text: matching terms, a similar
     * description, shared dependencies, graph proximity. Empty means the candidate is only popular — no
     * alternative. Being imported together is no such evidence: complements (numpy for pandas) are, not substitutes.
     */
    List<String> evidence(Collection<String> queryTerms, PackageRecord query, PackageRecord candidate,
                          double textCosine, double graphCosine) {
        List<String> out = new ArrayList<>();
        List<String> terms = matchingTerms(queryTerms, candidate);
        if (!terms.isEmpty()) {
            out.add("matching terms: " + String.join(", ", terms));
        }
        if (textCosine >= index.meta().similar().text()) {
            out.add("similar description");
        }
        if (query != null) {
            List<String> shared = sharedDependencies(query, candidate);
            if (!shared.isEmpty()) {
                out.add("shares dependencies: " + String.join(", ", shared));
            }
            if (query.hasGraph() && candidate.hasGraph() && graphCosine >= index.meta().similar().graph()) {
                out.add("close in the dependency and co-import graph");
            }
        }
        return out;
    }

    /**
     * The evidence, plus co-imports with the query package (if any) and popularity; never empty (a search match
     * may rest on the vector similarity alone).
     */
    List<String> similarity(List<String> evidence, PackageRecord query, PackageRecord candidate, double textCosine) {
        List<String> out = new ArrayList<>(evidence);
        CoImports.Partner together = query == null ? null : query.partner(candidate.name());
        if (together != null) {
            out.add(usedWith(query.name(), together.notebooks()));
        }
        if (candidate.rank() > 0 && candidate.rank() <= WIDELY_USED_RANK) {
            out.add("widely used (PyPI rank " + candidate.rank() + ")");
        }
        if (out.isEmpty()) {
            out.add(String.format(Locale.ROOT, "related description (similarity %.2f)", textCosine));
        }
        return out;
    }

    List<String> extension(PackageRecord base, PackageRecord candidate) {
        List<String> out = new ArrayList<>();
        if (PackageNames.extendsName(base.name(), candidate.name())) {
            out.add("name extends " + base.name());
        }
        if (candidate.dependsOn(base.name())) {
            out.add("depends on " + base.name());
        }
        return out;
    }

    static String usedWith(String other, int notebooks) {
        return "often imported with " + other + " in " + notebooks + (notebooks == 1 ? " notebook" : " notebooks");
    }

    /** Query terms (analysed like the index) found in the candidate's name or summary, in query order. */
    List<String> matchingTerms(Collection<String> queryTerms, PackageRecord candidate) {
        List<String> own = candidate.terms();
        List<String> out = new ArrayList<>();
        for (String term : queryTerms) {
            if (own.contains(term) && out.size() < MAX_LISTED + 1) {
                out.add(term);
            }
        }
        return out;
    }

    /** Dependencies both have, rarest first (sharing numpy says less than sharing pyproj). */
    List<String> sharedDependencies(PackageRecord a, PackageRecord b) {
        List<String> shared = new ArrayList<>(a.dependencies());
        shared.retainAll(b.dependencies());
        shared.sort(Comparator.comparingInt((String d) -> index.dependents(d).size()).thenComparing(d -> d));
        return shared.size() > MAX_LISTED ? shared.subList(0, MAX_LISTED) : shared;
    }
}
