package ai.stagesense.packages;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code stagesense_training.package_vectors} wrote: the name list, the joint vectors (float32 rows in name
 * order), which packages had a graph vector of their own, and the layout.
 */
public record PackageVectors(VectorLayout layout, Map<String, float[]> joint, Map<String, Boolean> hasGraph) {

    /** The files the Java side copies into the index directory to fold free-text queries into the text space. */
    public static final List<String> QUERY_FILES =
            List.of(QueryEncoder.TERMS_FILE, QueryEncoder.IDF_FILE, QueryEncoder.PROJECTION_FILE);

    public static PackageVectors read(Path directory) throws IOException {
        JsonObject meta = JsonParser.parseString(
                Files.readString(directory.resolve("vectors.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        VectorLayout layout = new VectorLayout(meta.get("text_dim").getAsInt(), meta.get("graph_dim").getAsInt());
        List<String> names = Files.readAllLines(directory.resolve("names.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        float[][] rows = FloatFiles.read(directory.resolve("joint.f32"), names.size(), layout.jointDim());
        byte[] graph = Files.readAllBytes(directory.resolve("has_graph.u8"));
        if (graph.length != names.size()) {
            throw new IOException(directory.resolve("has_graph.u8") + ": " + graph.length + " flags for "
                    + names.size() + " names");
        }
        Map<String, float[]> joint = new HashMap<>();
        Map<String, Boolean> hasGraph = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            joint.put(names.get(i), rows[i]);
            hasGraph.put(names.get(i), graph[i] != 0);
        }
        return new PackageVectors(layout, joint, hasGraph);
    }
}
