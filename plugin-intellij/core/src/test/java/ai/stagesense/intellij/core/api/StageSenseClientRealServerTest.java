package ai.stagesense.intellij.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.stagesense.intellij.core.answers.DocstringEdits;
import ai.stagesense.intellij.core.answers.InlineSuggestions;
import ai.stagesense.intellij.core.answers.PackageReport;
import ai.stagesense.intellij.core.answers.PackageReports;
import ai.stagesense.intellij.core.editor.CellView;
import ai.stagesense.intellij.core.editor.CompletionRequests;
import ai.stagesense.intellij.core.editor.DocstringRequests;
import ai.stagesense.intellij.core.editor.DocstringTarget;
import ai.stagesense.intellij.core.editor.Language;
import ai.stagesense.intellij.core.editor.PythonImports;
import ai.stagesense.intellij.core.server.LaunchedServer;
import ai.stagesense.intellij.core.settings.DocstringStyle;
import ai.stagesense.intellij.core.testing.RealServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client and the request builders against the real server (issue 5's contract): what the plugin sends is
 * accepted, and what comes back parses and applies. Assertions are about the contract, not about what the models
 * happen to predict.
 */
class StageSenseClientRealServerTest {

    private static final Set<String> STAGES = Set.of("imports", "load", "explore", "prepare", "train", "evaluate");
    private static final List<String> NOTEBOOK = List.of(
            "import pandas as pd\nimport numpy as np\nfrom sklearn.model_selection import train_test_split\n",
            "df = pd.read_csv('train.csv')\n",
            "df.");

    private static Optional<String> whyNoServer;
    private static LaunchedServer server;
    private static StageSenseClient client;

    @BeforeAll
    static void start() throws Exception {
        whyNoServer = RealServer.whyNoServeCommand();
        if (whyNoServer.isEmpty()) {
            Path dir = Files.createTempDirectory("stagesense-client-test");
            server = RealServer.start(dir.resolve("token"));
            client = new StageSenseClient(server.endpoint(), Duration.ofSeconds(30));
        }
    }

    /** Per test, so a jar without the server shows up as skipped tests rather than as a class with none. */
    @BeforeEach
    void needsTheServer() {
        assumeTrue(whyNoServer.isEmpty(), whyNoServer.orElse(""));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void completionOfANotebookCellFollowsTheContract() throws Exception {
        CellView view = CellView.ofCells(NOTEBOOK, 2, 3);

        CompletionResponse answer = client.complete(CompletionRequests.of(view, Language.PYTHON, 3))
                .get(30, TimeUnit.SECONDS);

        assertTrue(STAGES.contains(answer.stage()), "stage: " + answer.stage());
        assertTrue(answer.suggestions().size() <= 3, "max_suggestions is honoured: " + answer.suggestions());
        assertTrue(answer.elapsedMs() >= 0);
        for (Suggestion s : answer.suggestions()) {
            assertNotNull(s.text(), "every suggestion has text: " + s);
        }
        // what the editor would show: a subset of the answer's texts, in the answer's order
        List<String> shown = InlineSuggestions.of(answer, view.suffix(), 3);
        List<String> texts = answer.suggestions().stream().map(Suggestion::text).toList();
        assertTrue(texts.containsAll(shown), shown + " not among " + texts);
    }

    @Test
    void anEmptyCellGetsFirstLineSuggestionsFromTheContext() throws Exception {
        CellView view = CellView.ofCells(List.of(NOTEBOOK.get(0), NOTEBOOK.get(1), ""), 2, 0);

        CompletionResponse answer = client.complete(CompletionRequests.of(view, Language.PYTHON, 2))
                .get(30, TimeUnit.SECONDS);

        assertTrue(STAGES.contains(answer.stage()));
        assertTrue(answer.suggestions().size() <= 2);
    }

    @Test
    void aPythonDocstringEditAppliesToTheSentCode() throws Exception {
        String file = "import os\n\n\ndef add(a, b=1):\n    total = a + b\n    return total\n";
        CellView view = CellView.ofDocument(file, file.indexOf("total =")).orElseThrow();
        DocstringTarget target = DocstringRequests.of(view, Language.PYTHON, DocstringStyle.GOOGLE);

        DocstringResponse answer = client.docstring(target.request()).get(60, TimeUnit.SECONDS);
        String result = DocstringEdits.apply(target.request().code(), answer.edit());

        assertTrue(answer.docstring() != null && !answer.docstring().isBlank());
        assertTrue(result.contains("def add(a, b=1):\n"), result);
        assertTrue(result.contains("    total = a + b\n    return total\n"), "the body is kept: " + result);
        assertTrue(result.indexOf("\"\"\"") > result.indexOf("def add"), "docstring goes inside the function: " + result);
        assertTrue(result.indexOf("\"\"\"") < result.indexOf("total ="), "and before its body: " + result);
        assertTrue(result.startsWith("import os\n"), "lines before the function are untouched: " + result);
    }

    @Test
    void aJavadocEditGoesAboveTheMethod() throws Exception {
        String file = "public class Calc {\n    public int twice(int x) {\n        return 2 * x;\n    }\n}\n";
        CellView view = CellView.ofDocument(file, file.indexOf("return")).orElseThrow();
        DocstringTarget target = DocstringRequests.of(view, Language.JAVA, DocstringStyle.GOOGLE);

        DocstringResponse answer = client.docstring(target.request()).get(60, TimeUnit.SECONDS);
        String result = DocstringEdits.apply(target.request().code(), answer.edit());

        assertEquals("javadoc", target.request().style());
        assertTrue(result.indexOf("/**") >= 0 && result.indexOf("/**") < result.indexOf("public int twice"), result);
        assertTrue(result.contains("        return 2 * x;\n"), result);
    }

    @Test
    void stagesSingleAndBatch() throws Exception {
        StageResponse one = client.stage(NOTEBOOK.get(0)).get(30, TimeUnit.SECONDS);
        assertTrue(STAGES.contains(one.stage()));
        assertEquals(STAGES, new HashSet<>(one.probabilities().keySet()));
        double sum = one.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-3, "probabilities of the six stages sum to one");

        List<StageResponse> batch = client.stages(NOTEBOOK).get(30, TimeUnit.SECONDS);
        assertEquals(NOTEBOOK.size(), batch.size());
        assertEquals(one.stage(), batch.get(0).stage(), "batch and single agree on the same cell");
    }

    @Test
    void packageReportAccountsForEveryImport() throws Exception {
        List<String> imports = PythonImports.of(NOTEBOOK);

        PackageReport report = PackageReports.fetch(client, imports, 5).get(60, TimeUnit.SECONDS);

        assertEquals(imports, report.imports());
        for (String name : imports) {
            boolean answered = report.alternatives().containsKey(name) || report.notInCatalog().contains(name)
                    || report.problems().stream().anyMatch(p -> p.contains(name));
            assertTrue(answered, name + " is neither answered, unknown nor a reported problem: " + report);
        }
    }

    @Test
    void aWrongTokenIsRejectedAndHealthNeedsNone() throws Exception {
        StageSenseClient intruder = new StageSenseClient(new ServerEndpoint(server.endpoint().baseUrl(), "wrong"),
                Duration.ofSeconds(10));

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> intruder.stage("import os").get(30, TimeUnit.SECONDS));

        assertTrue(assertInstanceOf(ApiException.class, e.getCause()).isUnauthorized());
    }
}
