package ai.stagesense.packages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageIndexBuilderTest {

    @TempDir
    Path work;

    @Test
    void buildsAReadableIndexAndRebuildsOverIt() throws Exception {
        Path index = FixtureIndex.build(work);
        assertFalse(Files.exists(index.resolve("write.lock")), "the lock file would end up in the manifest");
        IndexMeta meta = IndexMeta.read(index);
        assertEquals(54, meta.packages());
        assertEquals(FixtureIndex.POPULAR_LIMIT, meta.popularLimit());
        assertTrue(meta.similar().text() > 0 && meta.similar().text() < 1, meta.similar().toString());
        try (PackageIndex opened = PackageIndex.open(index)) {
            PackageRecord requests = opened.get("requests");
            assertEquals(4, requests.rank());
            assertEquals(List.of("certifi", "idna", "charset-normalizer", "urllib3"), requests.dependencies());
            assertEquals(4, requests.notebooks(), "three with bs4, one with tqdm; the test split is not counted");
            assertEquals("beautifulsoup4", requests.partners().get(0).name());
            assertTrue(requests.hasGraph());
            assertEquals(FixtureVectors.TEXT_DIM + FixtureVectors.GRAPH_DIM, requests.vector().length);
            assertTrue(opened.dependents("requests").stream().anyMatch(r -> r.name().equals("responses")));
            assertNull(opened.get("sklearn-not-there"));
        }
        FixtureIndex.build(work);
        assertTrue(Files.exists(index.resolve(IndexMeta.FILE)), "a previous index is replaced");
    }

    @Test
    void refusesAForeignNonEmptyDirectory() throws Exception {
        Path target = work.resolve("not-an-index");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "mine");
        PackageDataset dataset = PackageDataset.read(FixtureIndex.dataset());
        assertThrows(IOException.class,
                () -> PackageIndexBuilder.build(dataset, work.resolve("none"), target, RankWeights.DEFAULT, 10));
        assertTrue(Files.exists(target.resolve("notes.txt")));
    }

    @Test
    void queryEncoderFoldsTextLikeTheVectorStepTokenises() throws Exception {
        Path index = FixtureIndex.build(work);
        try (PackageIndex opened = PackageIndex.open(index)) {
            QueryEncoder encoder = opened.encoder();
            assertArrayEquals(encoder.encode("http client"), encoder.encode("HTTP-Client!"), 1e-6f);
            assertNull(encoder.encode("zzzz qqqq"), "no known word, no vector");
            float[] v = encoder.encode("dataframe");
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertEquals(1.0, norm, 1e-5);
            VectorLayout layout = opened.meta().layout();
            assertEquals(0.0, layout.graphCosine(v, opened.get("polars").vector()), "a query has no graph half");
        }
    }
}
