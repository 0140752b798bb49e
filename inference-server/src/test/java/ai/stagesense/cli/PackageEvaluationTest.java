package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation plumbing of build-packages / eval-packages: groups, their split, the metrics. */
class PackageEvaluationTest {

    @TempDir
    Path work;

    @Test
    void groupsSplitByTheHashOfTheirIdAsPythonDoes() {
        // int.from_bytes(hashlib.sha1(id.encode()).digest()[:8], "big") % 100: 46, 60, 10, 36
        assertTrue(AlternativeGroups.isTuning("http-clients"));
        assertFalse(AlternativeGroups.isTuning("web-frameworks"));
        assertTrue(AlternativeGroups.isTuning("dataframes"));
        assertTrue(AlternativeGroups.isTuning("plotting"));
    }

    @Test
    void everyMemberIsAQueryWhoseRelevantAnswersAreItsGroupMates() throws Exception {
        Path file = work.resolve("groups.json");
        Files.writeString(file, "{\"groups\": [{\"id\": \"web-frameworks\", \"packages\": [\"flask\", \"django\"]},"
                + "{\"id\": \"dl\", \"packages\": [\"keras\", \"torch\"]},"
                + "{\"id\": \"dl-high-level\", \"packages\": [\"keras\", \"fastai\"]}]}");
        List<AlternativeGroups.Query> queries = AlternativeGroups.read(file).queries();
        assertEquals(5, queries.size(), "keras is one query");
        AlternativeGroups.Query keras = queries.stream().filter(q -> q.name().equals("keras")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("torch", "fastai"), keras.relevant());
        assertFalse(queries.get(0).tuning(), "web-frameworks is held out");
    }

    @Test
    void precisionIsNormalisedByWhatAPerfectListCouldReach() {
        RankingMetrics metrics = new RankingMetrics(10);
        metrics.add(List.of("x", "httpx", "y", "aiohttp"), Set.of("httpx", "aiohttp"));
        assertEquals(1.0, metrics.precision(), 1e-9, "both relevant answers found: a perfect list of two");
        assertEquals(1.0, metrics.recall(), 1e-9);
        assertEquals(0.5, metrics.mrr(), 1e-9);
        metrics.add(List.of("a", "b"), Set.of("c"));
        assertEquals(0.5, metrics.precision(), 1e-9);
        assertEquals(0.25, metrics.mrr(), 1e-9);
        assertEquals(2, metrics.queries());
    }

    @Test
    void manifestRolesStayStableAcrossLuceneSegmentNames() {
        assertEquals("segments", BuildPackagesCommand.role("segments_7"));
        assertEquals("lucene-cfs", BuildPackagesCommand.role("_3.cfs"));
        assertEquals("package-index", BuildPackagesCommand.role("package-index.json"));
        assertEquals("query-projection", BuildPackagesCommand.role("query-projection.f32"));
    }

    @Test
    void manifestWriterReplacesOnlyItsOwnEntry() throws Exception {
        Files.writeString(work.resolve("manifest.json"), "{\"format\": 1, \"models\": [{\"name\": \"stage\", "
                + "\"kind\": \"stage-classifier\", \"files\": {}, \"sha256\": {}}]}");
        Files.createDirectories(work.resolve("packages"));
        Files.writeString(work.resolve("packages/a.txt"), "abc");
        com.google.gson.JsonObject config = new com.google.gson.JsonObject();
        config.addProperty("directory", "packages");
        ManifestWriter.register(work, "packages", "package-index", java.util.Map.of("a", "packages/a.txt"), config,
                "fixture", new com.google.gson.JsonObject());
        ManifestWriter.register(work, "packages", "package-index", java.util.Map.of("a", "packages/a.txt"), config,
                "fixture", new com.google.gson.JsonObject());
        com.google.gson.JsonObject manifest = com.google.gson.JsonParser.parseString(
                Files.readString(work.resolve("manifest.json"))).getAsJsonObject();
        com.google.gson.JsonArray models = manifest.getAsJsonArray("models");
        assertEquals(2, models.size());
        assertEquals("packages", models.get(0).getAsJsonObject().get("name").getAsString(), "sorted by name");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                models.get(0).getAsJsonObject().getAsJsonObject("sha256").get("packages/a.txt").getAsString());
        assertEquals("stage", models.get(1).getAsJsonObject().get("name").getAsString());
    }
}
