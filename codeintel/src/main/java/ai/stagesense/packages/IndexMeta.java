package ai.stagesense.packages;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code package-index.json}: what a reader needs besides the Lucene files, written by the builder. */
public record IndexMeta(int format, int packages, int textDim, int graphDim, int lowestRank, int popularLimit,
                        int coimportNotebooks, RankWeights weights, SimilarityThresholds similar,
                        JsonObject vectors) {

    public static final String FILE = "package-index.json";
    public static final int FORMAT = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
            .setFieldNamingPolicy(com.google.gson.FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    public VectorLayout layout() {
        return new VectorLayout(textDim, graphDim);
    }

    public IndexMeta withWeights(RankWeights newWeights) {
        return new IndexMeta(format, packages, textDim, graphDim, lowestRank, popularLimit, coimportNotebooks,
                newWeights, similar, vectors);
    }

    public void write(Path directory) throws IOException {
        Files.writeString(directory.resolve(FILE), GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
    }

    public static IndexMeta read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no " + file + ": not a package index (build one with ./stagesense build-packages)");
        }
        IndexMeta meta = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), IndexMeta.class);
        if (meta.format() != FORMAT) {
            throw new IOException(file + ": format " + meta.format() + ", this version reads " + FORMAT);
        }
        return meta;
    }
}
