package ai.stagesense.intellij.core.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.PackageResult;
import ai.stagesense.intellij.core.api.ServerEndpoint;
import ai.stagesense.intellij.core.api.ServerUnreachableException;
import ai.stagesense.intellij.core.api.StageSenseClient;
import ai.stagesense.intellij.core.server.FreePort;
import ai.stagesense.intellij.core.testing.StubServer;
import ai.stagesense.intellij.core.testing.StubServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PackageReportsTest {

    private static final String POLARS = "{\"name\":\"pandas\",\"resolved_by\":\"exact\",\"summary\":\"frames\","
            + "\"results\":[{\"name\":\"polars\",\"score\":0.9,\"summary\":\"fast frames\",\"relation\":\"alternative\","
            + "\"reasons\":[\"same topic\"]},{\"name\":\"geopandas\",\"score\":0.4,\"summary\":\"maps\","
            + "\"relation\":\"extension\",\"reasons\":[\"depends on pandas\"]}]}";

    @Test
    void foldsSimilarRecommendAndUnknownImports() throws Exception {
        try (StubServer server = new StubServer()) {
            // the stub answers by path, so every import gets the same list
            server.answer("/v1/packages/similar", Answer.json(200, POLARS))
                    .answer("/v1/packages/recommend", Answer.json(200, "{\"results\":[{\"name\":\"seaborn\","
                            + "\"score\":0.5,\"summary\":\"plots\",\"reasons\":[\"used with pandas\"]}]}"));
            StageSenseClient client = new StageSenseClient(new ServerEndpoint(server.url(), "t"), Duration.ofSeconds(5));

            PackageReport report = PackageReports.fetch(client, List.of("pandas", "numpy"), 5).get(10, TimeUnit.SECONDS);

            assertEquals(List.of("pandas", "numpy"), report.imports());
            assertEquals(List.of("pandas", "numpy"), List.copyOf(report.alternatives().keySet()));
            assertEquals(List.of(new PackageResult("polars", 0.9, "fast frames", "alternative", List.of("same topic"))),
                    report.alternatives().get("pandas"), "extensions are not alternatives");
            assertEquals("seaborn", report.oftenUsedWith().get(0).name());
            assertEquals(List.of(), report.notInCatalog());
            assertEquals(List.of(), report.problems());
        }
    }

    @Test
    void notFoundIsNotInCatalogAndUnavailableEnginesAreProblems() throws Exception {
        try (StubServer server = new StubServer()) {
            server.answer("/v1/packages/similar", Answer.json(404, "{\"error\":\"unknown package\"}"))
                    .answer("/v1/packages/recommend", Answer.json(503, "{\"error\":\"package engine not loaded\"}"));
            StageSenseClient client = new StageSenseClient(new ServerEndpoint(server.url(), "t"), Duration.ofSeconds(5));

            PackageReport report = PackageReports.fetch(client, List.of("os", "mylocal"), 5).get(10, TimeUnit.SECONDS);

            assertEquals(List.of("os", "mylocal"), report.notInCatalog());
            assertEquals(List.of(), report.oftenUsedWith());
            assertEquals(1, report.problems().size());
            assertTrue(report.problems().get(0).contains("package engine not loaded"), report.problems().toString());
        }
    }

    @Test
    void noImportsMeansNoRequests() throws Exception {
        try (StubServer server = new StubServer()) {
            StageSenseClient client = new StageSenseClient(new ServerEndpoint(server.url(), "t"), Duration.ofSeconds(5));

            PackageReport report = PackageReports.fetch(client, List.of(), 5).get(10, TimeUnit.SECONDS);

            assertEquals(List.of(), report.oftenUsedWith());
            assertEquals(List.of(), server.received());
        }
    }

    @Test
    void manyImportsAreCapped() throws Exception {
        try (StubServer server = new StubServer()) {
            server.answer("/v1/packages/similar", Answer.json(200, POLARS))
                    .answer("/v1/packages/recommend", Answer.json(200, POLARS));
            StageSenseClient client = new StageSenseClient(new ServerEndpoint(server.url(), "t"), Duration.ofSeconds(5));
            List<String> many = IntStream.range(0, 40).mapToObj(i -> "pkg" + i).toList();

            PackageReport report = PackageReports.fetch(client, many, 3).get(10, TimeUnit.SECONDS);

            assertEquals(PackageReports.MAX_IMPORTS, report.imports().size());
            assertEquals(PackageReports.MAX_IMPORTS + 1, server.received().size());
        }
    }

    @Test
    void anUnreachableServerFailsTheReport() {
        StageSenseClient client = new StageSenseClient(
                new ServerEndpoint(URI.create("http://127.0.0.1:" + FreePort.pick()), "t"), Duration.ofSeconds(2));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> PackageReports.fetch(client, List.of("pandas"), 3).get(10, TimeUnit.SECONDS));

        assertInstanceOf(ServerUnreachableException.class, e.getCause());
    }
}
