package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.packages.IndexPackageEngine;
import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.exec.BudgetExceededException;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Package hover and {@code stagesense.similarPackages} over the shipped package index, and {@code $/cancelRequest}.
 */
class LspHoverAndCancelTest {

    private static IndexPackageEngine packages;

    @BeforeAll
    static void openShippedIndex() throws Exception {
        packages = IndexPackageEngine.open(Path.of("..", "models", "packages"));
    }

    @AfterAll
    static void closeIndex() throws Exception {
        packages.close();
    }

    private static final String FILE = "import pandas as pd\nimport zzqxmystery\n\ndf = pd.DataFrame()\n"
            + "import sklearn\n";

    @Test
    void hoverOnAnImportedNameOrItsAliasShowsThePackage() throws Exception {
        try (LspHarness lsp = new LspHarness(engines(null, packages))) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE);
            Hover onImport = hover(lsp, new Position(0, 9));
            String md = onImport.getContents().getRight().getValue();
            assertTrue(md.startsWith("**pandas** — Powerful data structures"), md);
            assertTrue(md.contains("\n\nAlternatives: `"), md);
            assertTrue(md.matches("(?s).*Extensions: [^\n]*`geopandas`.*"), md);
            assertTrue(md.matches("(?s).*Often used with: [^\n]*`numpy`.*"), md);
            assertEquals(md, hover(lsp, new Position(3, 6)).getContents().getRight().getValue(), "alias pd");
            assertNull(hover(lsp, new Position(3, 0)), "df is not imported");
            assertNull(hover(lsp, new Position(1, 9)), "a package the catalog does not know");
            String alias = hover(lsp, new Position(4, 9)).getContents().getRight().getValue();
            assertTrue(alias.startsWith("**scikit-learn**"), "the import name resolves: " + alias);
        }
    }

    @Test
    void similarPackagesCommandReturnsTheSameInformationAsData() throws Exception {
        try (LspHarness lsp = new LspHarness(engines(null, packages))) {
            lsp.initialize(null);
            Object answer = LspHarness.get(lsp.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(StageSenseWorkspaceService.SIMILAR_PACKAGES, List.of("pandas"))));
            // the client hands untyped results over as Gson trees or maps, depending on the version
            JsonObject json = new Gson().toJsonTree(answer).getAsJsonObject();
            assertEquals("pandas", json.get("name").getAsString());
            assertFalse(names(json, "similar").isEmpty(), json.toString());
            assertTrue(names(json, "used_with").contains("numpy"), json.toString());
            assertTrue(names(json, "extensions").contains("geopandas"), json.toString());
            for (String extension : names(json, "extensions")) {
                assertFalse(names(json, "similar").contains(extension), "one list per package: " + extension);
            }
            assertNull(LspHarness.get(lsp.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(StageSenseWorkspaceService.SIMILAR_PACKAGES, List.of("zzqxmystery")))));
            assertNull(LspHarness.get(lsp.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(StageSenseWorkspaceService.SIMILAR_PACKAGES, List.of()))));
        }
    }

    @Test
    void withoutThePackageEngineHoverIsEmpty() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE);
            assertNull(hover(lsp, new Position(0, 9)));
        }
    }

    @Test
    void cancelRequestStopsTheEngineThroughItsBudget() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> stoppedByCancel = new CompletableFuture<>();
        CompletionEngine slow = (query, budget) -> {
            started.countDown();
            try {
                while (true) {
                    budget.check();
                    Thread.sleep(5);
                }
            } catch (BudgetExceededException e) {
                stoppedByCancel.complete(budget.cancelled());
                throw e;
            }
        };
        try (LspHarness lsp = new LspHarness(engines(slow, null))) {
            lsp.initialize(JsonParser.parseString("{\"timeoutMs\": 60000}"));
            lsp.open("file:///w/a.py", "python", FILE);
            var pending = lsp.server.getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier("file:///w/a.py"), new Position(4, 0)));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            pending.cancel(true); // the lsp4j client sends $/cancelRequest
            assertTrue(stoppedByCancel.get(10, TimeUnit.SECONDS), "the budget was cancelled, not timed out");
            lsp.open("file:///w/b.py", "python", "def f(x):\n    return x\n");
            assertEquals(4, LspDocstringActionTest.actions(lsp, "file:///w/b.py", 0).size(),
                    "the worker is free again");
        }
    }

    /** The engines as the server has them, through the same adapter `stagesense lsp` uses. */
    static LspEngines engines(CompletionEngine completion, PackageEngine packages) {
        return ServerEngines.from(new Engines(EngineSlot.absent("test"),
                completion == null ? EngineSlot.absent("test") : EngineSlot.of(completion), EngineSlot.absent("test"),
                packages == null ? EngineSlot.absent("test") : EngineSlot.of(packages)));
    }

    private static List<String> names(JsonObject answer, String list) {
        return answer.getAsJsonArray(list).asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList();
    }

    static Hover hover(LspHarness lsp, Position p) throws Exception {
        return LspHarness.get(lsp.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier("file:///w/a.py"), p)));
    }
}
