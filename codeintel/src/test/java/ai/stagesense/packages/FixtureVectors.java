package ai.stagesense.packages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny vector model for the fixture catalog, written in package_vectors.py's file format: text vectors are
 * TF-IDF-weighted sums of seeded random term vectors (a random projection, and exactly what QueryEncoder folds a
 * query into), graph vectors sums of seeded random vectors of a package and its dependencies. Some packages get
 * explicit vectors so that tests can place them precisely.
 */
final class FixtureVectors {

    static final int TEXT_DIM = 16;
    static final int GRAPH_DIM = 8;
    static final double GRAPH_WEIGHT = 0.35;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private FixtureVectors() {
    }

    static void write(PackageDataset dataset, Map<String, float[]> explicitText, Path out) throws IOException {
        Files.createDirectories(out);
        List<PackageDocument> docs = dataset.documents();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new TreeMap<>();
        for (PackageDocument d : docs) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = TOKEN.matcher((d.name().replace('-', ' ') + " " + d.summary()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                c.merge(m.group(), 1, Integer::sum);
            }
            counts.add(c);
            c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<String> terms = new ArrayList<>(df.keySet());
        float[] idf = new float[terms.size()];
        float[][] projection = new float[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            idf[i] = (float) (Math.log((1.0 + docs.size()) / (1.0 + df.get(terms.get(i)))) + 1);
            projection[i] = unit(random(terms.get(i), TEXT_DIM));
        }
        Map<String, Integer> termIds = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            termIds.put(terms.get(i), i);
        }
        Map<String, Set<String>> neighbours = new HashMap<>();
        dataset.dependencies().forEach((src, dsts) -> dsts.forEach(dst -> {
            neighbours.computeIfAbsent(src, k -> new TreeSet<>()).add(dst);
            neighbours.computeIfAbsent(dst, k -> new TreeSet<>()).add(src);
        }));
        double a = Math.sqrt(1 - GRAPH_WEIGHT * GRAPH_WEIGHT);
        ByteBuffer joint = ByteBuffer.allocate(docs.size() * (TEXT_DIM + GRAPH_DIM) * 4).order(ByteOrder.LITTLE_ENDIAN);
        byte[] hasGraph = new byte[docs.size()];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < docs.size(); i++) {
            String name = docs.get(i).name();
            names.append(name).append('\n');
            float[] text = explicitText.get(name);
            if (text == null) {
                text = new float[TEXT_DIM];
                for (Map.Entry<String, Integer> c : counts.get(i).entrySet()) {
                    int id = termIds.get(c.getKey());
                    double w = (1 + Math.log(c.getValue())) * idf[id];
                    for (int d = 0; d < TEXT_DIM; d++) {
                        text[d] += (float) (w * projection[id][d]);
                    }
                }
            }
            text = unit(text);
            float[] graph = new float[GRAPH_DIM];
            Set<String> around = neighbours.get(name);
            if (around != null && !explicitText.containsKey(name)) {
                hasGraph[i] = 1;
                add(graph, random("graph:" + name, GRAPH_DIM));
                around.forEach(n -> add(graph, random("graph:" + n, GRAPH_DIM)));
            }
            float[] g = unit(graph);
            for (float v : text) {
                joint.putFloat((float) ((hasGraph[i] == 1 ? a : 1) * v));
            }
            for (float v : g) {
                joint.putFloat((float) (GRAPH_WEIGHT * v));
            }
        }
        Files.writeString(out.resolve("names.txt"), names.toString(), StandardCharsets.UTF_8);
        Files.write(out.resolve("joint.f32"), joint.array());
        Files.write(out.resolve("has_graph.u8"), hasGraph);
        Files.writeString(out.resolve("query-terms.txt"), String.join("\n", terms) + "\n", StandardCharsets.UTF_8);
        ByteBuffer idfBytes = ByteBuffer.allocate(idf.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : idf) {
            idfBytes.putFloat(v);
        }
        Files.write(out.resolve("query-idf.f32"), idfBytes.array());
        ByteBuffer proj = ByteBuffer.allocate(terms.size() * TEXT_DIM * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : projection) {
            for (float v : row) {
                proj.putFloat(v);
            }
        }
        Files.write(out.resolve("query-projection.f32"), proj.array());
        Files.writeString(out.resolve("vectors.json"), String.format(Locale.ROOT,
                "{\"text_dim\": %d, \"graph_dim\": %d, \"graph_weight\": %.2f, \"model\": \"fixture\"}%n",
                TEXT_DIM, GRAPH_DIM, GRAPH_WEIGHT), StandardCharsets.UTF_8);
    }

    /** A unit vector at the given cosine from {@code base} (which must be a unit vector), seeded by name. */
    static float[] near(float[] base, double cosine, String seed) {
        float[] noise = random(seed, base.length);
        double dot = 0;
        for (int i = 0; i < base.length; i++) {
            dot += noise[i] * base[i];
        }
        for (int i = 0; i < base.length; i++) {
            noise[i] -= (float) (dot * base[i]);
        }
        float[] orthogonal = unit(noise);
        float[] out = new float[base.length];
        double sine = Math.sqrt(1 - cosine * cosine);
        for (int i = 0; i < base.length; i++) {
            out[i] = (float) (cosine * base[i] + sine * orthogonal[i]);
        }
        return out;
    }

    static float[] random(String seed, int dim) {
        Random r = new Random(seed.hashCode());
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    private static void add(float[] into, float[] v) {
        for (int i = 0; i < into.length; i++) {
            into[i] += v[i];
        }
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        if (n == 0) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
