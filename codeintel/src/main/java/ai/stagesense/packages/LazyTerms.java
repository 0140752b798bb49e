package ai.stagesense.packages;

import java.util.List;
import java.util.function.Supplier;

/**
 * A package's analysed name and summary, computed on first use and kept. Two threads may both compute it once;
 * they get equal lists, so the race is harmless and needs no lock.
 */
final class LazyTerms implements Supplier<List<String>> {

    private final PackageAnalyzer analyzer;
    private final String text;
    private volatile List<String> terms;

    LazyTerms(PackageAnalyzer analyzer, String text) {
        this.analyzer = analyzer;
        this.text = text;
    }

    @Override
    public List<String> get() {
        List<String> computed = terms;
        if (computed == null) {
            computed = List.copyOf(analyzer.terms(text));
            terms = computed;
        }
        return computed;
    }
}
