package ai.stagesense.packages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * When a reason may say "similar description" or "close in the graph": the cosine that only 1 % of random package
 * pairs reach, measured on the index's own vectors at build time. A fixed number would mean different things for
 * different vector models (random pairs of DeepWalk vectors sit far higher than random text pairs).
 */
public record SimilarityThresholds(double text, double graph) {

    static final double QUANTILE = 0.99;
    static final int PAIRS = 20_000;

    static SimilarityThresholds measure(PackageVectors vectors) {
        List<float[]> all = new ArrayList<>();
        List<float[]> withGraph = new ArrayList<>();
        for (Map.Entry<String, float[]> e : vectors.joint().entrySet()) {
            all.add(e.getValue());
            if (vectors.hasGraph().getOrDefault(e.getKey(), false)) {
                withGraph.add(e.getValue());
            }
        }
        VectorLayout layout = vectors.layout();
        return new SimilarityThresholds(quantile(all, layout, true), quantile(withGraph, layout, false));
    }

    private static double quantile(List<float[]> vectors, VectorLayout layout, boolean text) {
        if (vectors.size() < 2) {
            return 1.0;
        }
        // fixed seed: the same vectors always give the same thresholds, so rebuilding changes no reason
        Random random = new Random(0);
        double[] cosines = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            int first = random.nextInt(vectors.size());
            // a pair of two different packages: a package paired with itself is no random pair
            int second = (first + 1 + random.nextInt(vectors.size() - 1)) % vectors.size();
            float[] a = vectors.get(first);
            float[] b = vectors.get(second);
            cosines[i] = text ? layout.textCosine(a, b) : layout.graphCosine(a, b);
        }
        Arrays.sort(cosines);
        return cosines[(int) (QUANTILE * (PAIRS - 1))];
    }
}
