package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.packages.PackageResult;
import ai.stagesense.server.engines.packages.UnknownPackageException;
import ai.stagesense.server.exec.Budget;
import ai.stagesense.server.exec.BudgetExceededException;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Package hover and {@code stagesense.similarPackages}, and {@code $/cancelRequest}. The package engine here is a
 * three-entry catalog written for the test (the real engine is issue 9's and is not built yet): these tests check
 * what the language server does with an engine's answers, not the ranking.
 */
class LspHoverAndCancelTest {

    /** pandas and polars are similar; numpy is used with pandas; anything else is unknown. */
    static final class Catalog implements PackageEngine {
        private static final Map<String, String> SUMMARIES = Map.of("pandas", "Powerful data structures",
                "polars", "Fast dataframes", "numpy", "Array computing");

        @Override
        public List<PackageResult> similar(String name, int k, Budget budget) throws UnknownPackageException {
            known(name);
            return name.equals("pandas") ? List.of(result("polars", "similar description")) : List.of();
        }

        @Override
        public List<PackageResult> search(String query, int k, Budget budget) {
            return SUMMARIES.containsKey(query) ? List.of(result(query, "name match")) : List.of();
        }

        @Override
        public List<PackageResult> recommend(List<String> imports, int k, Budget budget)
                throws UnknownPackageException {
            known(imports.get(0));
            return imports.contains("pandas") ? List.of(result("numpy", "co-imported")) : List.of();
        }

        private static void known(String name) throws UnknownPackageException {
            if (!SUMMARIES.containsKey(name)) {
                throw new UnknownPackageException("unknown package " + name);
            }
        }

        private static PackageResult result(String name, String reason) {
            return new PackageResult(name, 0.9, SUMMARIES.get(name), List.of(reason));
        }
    }

    private static final String FILE = "import pandas as pd\nimport mystery\n\ndf = pd.DataFrame()\n";

    @Test
    void hoverOnAnImportedNameOrItsAliasShowsThePackage() throws Exception {
        try (LspHarness lsp = new LspHarness(engines(null, new Catalog()))) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE);
            Hover onImport = hover(lsp, new Position(0, 9));
            String md = onImport.getContents().getRight().getValue();
            assertTrue(md.startsWith("**pandas** — Powerful data structures"), md);
            assertTrue(md.contains("Similar packages: `polars`"), md);
            assertTrue(md.contains("Often used with: `numpy`"), md);
            assertEquals(md, hover(lsp, new Position(3, 6)).getContents().getRight().getValue(), "alias pd");
            assertNull(hover(lsp, new Position(3, 0)), "df is not imported");
            assertNull(hover(lsp, new Position(1, 9)), "a package the catalog does not know");
        }
    }

    @Test
    void similarPackagesCommandReturnsTheSameInformationAsData() throws Exception {
        try (LspHarness lsp = new LspHarness(engines(null, new Catalog()))) {
            lsp.initialize(null);
            Object answer = LspHarness.get(lsp.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(StageSenseWorkspaceService.SIMILAR_PACKAGES, List.of("pandas"))));
            // the client hands untyped results over as Gson trees or maps, depending on the version
            JsonObject json = new Gson().toJsonTree(answer).getAsJsonObject();
            assertEquals("pandas", json.get("name").getAsString());
            assertEquals("polars", json.getAsJsonArray("similar").get(0).getAsJsonObject().get("name").getAsString());
            assertEquals("numpy", json.getAsJsonArray("used_with").get(0).getAsJsonObject().get("name").getAsString());
            assertNull(LspHarness.get(lsp.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(StageSenseWorkspaceService.SIMILAR_PACKAGES, List.of("mystery")))));
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

    static Hover hover(LspHarness lsp, Position p) throws Exception {
        return LspHarness.get(lsp.server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier("file:///w/a.py"), p)));
    }
}
