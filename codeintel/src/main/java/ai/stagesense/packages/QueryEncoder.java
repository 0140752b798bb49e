package ai.stagesense.packages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds free text into the joint space the way package_vectors.py embeds a package's text: sublinear TF × IDF over
 * the training vocabulary, times the SVD projection, unit length; the graph half stays zero (a query has no
 * dependencies). Tokens are runs of ASCII letters and digits of the lower-cased text, exactly Python's
 * {@code TOKEN}; stop words need no list here because they never entered the vocabulary.
 */
public final class QueryEncoder {

    static final String TERMS_FILE = "query-terms.txt";
    static final String IDF_FILE = "query-idf.f32";
    static final String PROJECTION_FILE = "query-projection.f32";

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private final Map<String, Integer> termIds;
    private final float[] idf;
    private final float[][] projection;
    private final VectorLayout layout;

    QueryEncoder(Map<String, Integer> termIds, float[] idf, float[][] projection, VectorLayout layout) {
        this.termIds = termIds;
        this.idf = idf;
        this.projection = projection;
        this.layout = layout;
    }

    static QueryEncoder read(Path directory, VectorLayout layout) throws IOException {
        List<String> terms = Files.readAllLines(directory.resolve(TERMS_FILE), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            ids.put(terms.get(i), i);
        }
        float[] idf = FloatFiles.readVector(directory.resolve(IDF_FILE));
        if (idf.length != terms.size()) {
            throw new IOException(directory.resolve(IDF_FILE) + ": " + idf.length + " weights for " + terms.size()
                    + " terms");
        }
        float[][] projection = FloatFiles.read(directory.resolve(PROJECTION_FILE), terms.size(), layout.textDim());
        return new QueryEncoder(ids, idf, projection, layout);
    }

    /** The query's joint-space vector, or null when none of its words is in the vocabulary. */
    public float[] encode(String query) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(query.toLowerCase(Locale.ROOT));
        while (m.find()) {
            Integer id = termIds.get(m.group());
            if (id != null) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        double[] text = new double[layout.textDim()];
        counts.forEach((id, count) -> {
            double weight = (1 + Math.log(count)) * idf[id];
            float[] row = projection[id];
            for (int d = 0; d < text.length; d++) {
                text[d] += weight * row[d];
            }
        });
        double norm = 0;
        for (double v : text) {
            norm += v * v;
        }
        if (norm == 0) {
            return null;
        }
        float[] out = new float[layout.jointDim()];
        double scale = 1 / Math.sqrt(norm);
        for (int d = 0; d < text.length; d++) {
            out[d] = (float) (text[d] * scale);
        }
        return out;
    }
}
