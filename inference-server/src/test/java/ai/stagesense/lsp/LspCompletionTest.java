package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.engines.completion.NextLineEngine;
import ai.stagesense.server.engines.completion.NextLineModels;
import ai.stagesense.server.engines.completion.NgramTable;
import ai.stagesense.server.engines.completion.TemplateTable;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenNotebookDocumentParams;
import org.eclipse.lsp4j.InlineCompletionContext;
import org.eclipse.lsp4j.InlineCompletionItem;
import org.eclipse.lsp4j.InlineCompletionParams;
import org.eclipse.lsp4j.InlineCompletionTriggerKind;
import org.eclipse.lsp4j.NotebookCell;
import org.eclipse.lsp4j.NotebookCellKind;
import org.eclipse.lsp4j.NotebookDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;

/**
 * Completion and inline completion with the real next-line engine over a small n-gram table (every stage proposes
 * {@code var0.head} then {@code var0.describe}), so the suggestions depend on the context the server builds: the
 * variable must come from the text above the cursor or from an earlier notebook cell.
 */
class LspCompletionTest {

    static LspEngines engines() {
        String counts = "{\"var0.head\": 4, \"var0.describe\": 2}";
        StringBuilder json = new StringBuilder("{\"order\": 3, \"counts\": {");
        String[] stages = {"imports", "load", "explore", "prepare", "train", "evaluate"};
        for (int i = 0; i < stages.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(stages[i]).append("\\t<s>\\t<s>\": ").append(counts);
        }
        json.append("}}");
        NextLineEngine engine = new NextLineEngine(null, new NextLineModels(Map.of(), null),
                NgramTable.parse(json.toString()), TemplateTable.empty());
        return ServerEngines.from(new Engines(EngineSlot.absent("test"), EngineSlot.of(engine),
                EngineSlot.absent("test"), EngineSlot.absent("test")));
    }

    private static final String FILE = "import pandas as pd\ntrain_df = pd.read_csv('train.csv')\n";

    @Test
    void completionInAPythonFileUsesTheTextAboveTheCursor() throws Exception {
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE);
            List<CompletionItem> items = completion(lsp, "file:///w/a.py", new Position(2, 0));
            assertFalse(items.isEmpty());
            assertTrue(items.get(0).getLabel().startsWith("train_df.head"), items.get(0).getLabel());
            assertEquals(new Position(2, 0), items.get(0).getTextEdit().getLeft().getRange().getStart());
            assertTrue(items.get(0).getDetail().startsWith("StageSense"));
        }
    }

    @Test
    void aPartlyTypedLineIsReplacedFromItsFirstCharacter() throws Exception {
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE + "    train_df.he");
            List<CompletionItem> items = completion(lsp, "file:///w/a.py", new Position(2, 15));
            assertFalse(items.isEmpty());
            var edit = items.get(0).getTextEdit().getLeft();
            assertTrue(edit.getNewText().startsWith("train_df.head"), edit.getNewText());
            assertEquals(new Position(2, 4), edit.getRange().getStart(), "after the indentation");
            assertEquals(new Position(2, 15), edit.getRange().getEnd());
        }
    }

    @Test
    void inlineCompletionGivesTheSameSuggestions() throws Exception {
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(JsonParser.parseString("{\"maxSuggestions\": 1}"));
            lsp.open("file:///w/a.py", "python", FILE);
            List<InlineCompletionItem> items = inline(lsp, "file:///w/a.py", new Position(2, 0));
            assertEquals(1, items.size(), "maxSuggestions from initializationOptions");
            assertTrue(items.get(0).getInsertText().getLeft().startsWith("train_df.head"));
        }
    }

    @Test
    void notebookCellsUseTheEarlierCellsAsContext() throws Exception {
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(null);
            String nb = "file:///w/n.ipynb";
            String c1 = "vscode-notebook-cell:/w/n.ipynb#c1";
            String c2 = "vscode-notebook-cell:/w/n.ipynb#c2";
            lsp.server.getNotebookDocumentService().didOpen(new DidOpenNotebookDocumentParams(
                    new NotebookDocument(nb, "jupyter-notebook", 1, List.of(new NotebookCell(NotebookCellKind.Code, c1),
                            new NotebookCell(NotebookCellKind.Code, c2))),
                    List.of(new TextDocumentItem(c1, "python", 1, FILE), new TextDocumentItem(c2, "python", 1, ""))));
            List<CompletionItem> items = completion(lsp, c2, new Position(0, 0));
            assertFalse(items.isEmpty());
            assertTrue(items.get(0).getLabel().startsWith("train_df."), items.get(0).getLabel());
            lsp.open("file:///w/empty.py", "python", "");
            assertTrue(completion(lsp, "file:///w/empty.py", new Position(0, 0)).stream()
                    .noneMatch(i -> i.getLabel().contains("train_df")), "a plain file has no earlier cells");
        }
    }

    @Test
    void nothingForJavaUnknownDocumentsOrWhenSwitchedOff() throws Exception {
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(JsonParser.parseString("{\"stagesense\": {\"completion\": false}}"));
            lsp.open("file:///w/a.py", "python", FILE);
            assertTrue(completion(lsp, "file:///w/a.py", new Position(2, 0)).isEmpty());
            assertTrue(inline(lsp, "file:///w/a.py", new Position(2, 0)).isEmpty());
        }
        try (LspHarness lsp = new LspHarness(engines())) {
            lsp.initialize(null);
            lsp.open("file:///w/A.java", "java", "class A {\n}\n");
            assertTrue(completion(lsp, "file:///w/A.java", new Position(1, 0)).isEmpty());
            assertTrue(completion(lsp, "file:///w/missing.py", new Position(0, 0)).isEmpty());
            lsp.open("file:///w/a.py", "python", FILE);
            assertFalse(completion(lsp, "file:///w/a.py", new Position(99, 99)).isEmpty(),
                    "a position past the end is clamped to it");
        }
    }

    @Test
    void withoutACompletionModelTheAnswerIsEmpty() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", FILE);
            assertTrue(completion(lsp, "file:///w/a.py", new Position(2, 0)).isEmpty());
        }
    }

    static List<CompletionItem> completion(LspHarness lsp, String uri, Position p) throws Exception {
        return LspHarness.get(lsp.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), p))).getRight().getItems();
    }

    static List<InlineCompletionItem> inline(LspHarness lsp, String uri, Position p) throws Exception {
        return LspHarness.get(lsp.server.getTextDocumentService().inlineCompletion(new InlineCompletionParams(
                new TextDocumentIdentifier(uri), p, new InlineCompletionContext(InlineCompletionTriggerKind.Automatic))))
                .getRight().getItems();
    }
}
