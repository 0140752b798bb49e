package ai.stagesense.packages;

/**
 * How a joint vector is laid out: {@code [a·text, b·graph]} with unit text and graph halves and a² + b² = 1
 * (package_vectors.py). Knowing the split lets one stored vector answer three questions: joint, text-only and
 * graph-only similarity.
 */
public record VectorLayout(int textDim, int graphDim) {

    public int jointDim() {
        return textDim + graphDim;
    }

    public double jointCosine(float[] a, float[] b) {
        return cosine(a, b, 0, jointDim());
    }

    public double textCosine(float[] a, float[] b) {
        return cosine(a, b, 0, textDim);
    }

    public double graphCosine(float[] a, float[] b) {
        return cosine(a, b, textDim, jointDim());
    }

    /** Cosine over [from, to); 0 when either side is all zeros there (no text, or no graph vector). */
    private static double cosine(float[] a, float[] b, int from, int to) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = from; i < to; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
