package ai.stagesense.packages;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** The fixture catalog (test resources, the dataset builder's format) built into a real Lucene package index. */
final class FixtureIndex {

    /** The probe package's explicit text vector: the reranking tests place two candidates around it. */
    static final float[] PROBE = FixtureVectors.unit(FixtureVectors.random("probe", FixtureVectors.TEXT_DIM));

    /** Ranks up to here are popular: rankedfar (100) is not, so only over-fetching can bring it in. */
    static final int POPULAR_LIMIT = 50;

    private FixtureIndex() {
    }

    static Path dataset() throws URISyntaxException {
        return Path.of(FixtureIndex.class.getResource("/packages/dataset").toURI());
    }

    /** Builds vectors and index under {@code work}; returns the index directory. */
    static Path build(Path work) throws IOException, URISyntaxException {
        PackageDataset dataset = PackageDataset.read(dataset());
        Path vectors = work.resolve("vectors");
        // vectorclose: nearest to probe, never downloaded; rankedfar: a little farther, very popular
        FixtureVectors.write(dataset, Map.of("probe", PROBE,
                "vectorclose", FixtureVectors.near(PROBE, 0.99, "vectorclose"),
                "rankedfar", FixtureVectors.near(PROBE, 0.90, "rankedfar")), vectors);
        Path index = work.resolve("index");
        PackageIndexBuilder.build(dataset, vectors, index, RankWeights.DEFAULT, POPULAR_LIMIT);
        return index;
    }
}
