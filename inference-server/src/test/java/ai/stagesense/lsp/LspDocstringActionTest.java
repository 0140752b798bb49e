package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Lifecycle, text sync and the docstring code actions, through a real lsp4j client. */
class LspDocstringActionTest {

    private static final String PY = "import os\n\ndef load_config(path, strict=False):\n    return open(path).read()\n";

    @Test
    void initializeAdvertisesTheFeaturesAndShutdownThenExitEndsWithZero() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            InitializeResult init = lsp.initialize(null);
            var caps = init.getCapabilities();
            assertTrue(caps.getInlineCompletionProvider().getLeft());
            assertTrue(caps.getHoverProvider().getLeft());
            assertEquals(List.of(DocstringActions.KIND), caps.getCodeActionProvider().getRight().getCodeActionKinds());
            assertEquals(List.of(StageSenseWorkspaceService.SIMILAR_PACKAGES),
                    caps.getExecuteCommandProvider().getCommands());
            assertEquals("*", caps.getNotebookDocumentSync().getNotebookSelector().get(0).getNotebook().getLeft());
            LspHarness.get(lsp.server.shutdown());
            lsp.server.exit();
            assertEquals(0, lsp.exitCode.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.server.exit();
            assertEquals(1, lsp.exitCode.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void pythonFunctionGetsOneActionPerStyleConfiguredStyleFirst() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(com.google.gson.JsonParser.parseString("{\"docstringStyle\": \"numpy\"}"));
            lsp.open("file:///w/a.py", "python", PY);
            List<CodeAction> actions = actions(lsp, "file:///w/a.py", 3);
            assertEquals(List.of("Generate docstring (numpy)", "Generate docstring (google)",
                    "Generate docstring (reST)", "Generate docstring (epytext)"),
                    actions.stream().map(CodeAction::getTitle).toList());
            assertTrue(actions.get(0).getIsPreferred());
            assertFalse(actions.get(1).getIsPreferred());
            String numpy = apply(PY, edit(actions.get(0), "file:///w/a.py"));
            assertTrue(numpy.startsWith("import os\n\ndef load_config(path, strict=False):\n    \"\"\""), numpy);
            assertTrue(numpy.contains("    Parameters\n    ----------\n    path"), numpy);
            assertTrue(numpy.endsWith("\"\"\"\n    return open(path).read()\n"), numpy);
            String rest = apply(PY, edit(actions.get(2), "file:///w/a.py"));
            assertTrue(rest.contains(":param path:"), rest);
        }
    }

    @Test
    void clientsThatResolveEditsGetThemOnResolveOnly() throws Exception {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CodeActionCapabilities codeAction = new CodeActionCapabilities();
        codeAction.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        text.setCodeAction(codeAction);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(text);
        List<CodeAction> eager;
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", PY);
            eager = actions(lsp, "file:///w/a.py", 2);
        }
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            InitializeResult init = lsp.initialize(null, caps);
            assertTrue(init.getCapabilities().getCodeActionProvider().getRight().getResolveProvider());
            lsp.open("file:///w/a.py", "python", PY);
            List<CodeAction> lazy = actions(lsp, "file:///w/a.py", 2);
            assertEquals(eager.stream().map(CodeAction::getTitle).toList(), lazy.stream().map(CodeAction::getTitle).toList());
            for (int i = 0; i < lazy.size(); i++) {
                assertNull(lazy.get(i).getEdit(), "no generation before the user picks one");
                CodeAction resolved = LspHarness.get(lsp.server.getTextDocumentService().resolveCodeAction(lazy.get(i)));
                assertEquals(edit(eager.get(i), "file:///w/a.py"), edit(resolved, "file:///w/a.py"));
            }
        }
    }

    @Test
    void settingsChangeReordersTheStyles() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", PY);
            assertEquals("Generate docstring (google)", actions(lsp, "file:///w/a.py", 2).get(0).getTitle());
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    com.google.gson.JsonParser.parseString("{\"stagesense\": {\"docstringStyle\": \"epytext\"}}")));
            assertEquals("Generate docstring (epytext)", actions(lsp, "file:///w/a.py", 2).get(0).getTitle());
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    com.google.gson.JsonParser.parseString("{\"docstrings\": false}")));
            assertTrue(actions(lsp, "file:///w/a.py", 2).isEmpty(), "docstring actions switched off");
        }
    }

    @Test
    void existingDocstringIsUpdatedOnlyWhenTheSignatureChanged() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", PY);
            String documented = apply(PY, edit(actions(lsp, "file:///w/a.py", 2).get(0), "file:///w/a.py"));
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier("file:///w/a.py", 2),
                    List.of(new TextDocumentContentChangeEvent(documented))));
            assertTrue(actions(lsp, "file:///w/a.py", 2).isEmpty(), "docstring up to date: nothing to offer");
            // an incremental change adds a parameter: "strict=False" -> "strict=False, encoding=None"
            int col = documented.split("\n")[2].indexOf(")");
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier("file:///w/a.py", 3),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(2, col), new Position(2, col)),
                            ", encoding=None"))));
            List<CodeAction> update = actions(lsp, "file:///w/a.py", 2);
            assertEquals(List.of("Update docstring"), update.stream().map(CodeAction::getTitle).toList());
            String updated = apply(documented.replace("strict=False)", "strict=False, encoding=None)"),
                    edit(update.get(0), "file:///w/a.py"));
            assertTrue(updated.contains("encoding"), updated);
            assertTrue(updated.contains("strict"), updated);
        }
    }

    @Test
    void javaMethodGetsJavadoc() throws Exception {
        String java = "class A {\n    int add(int a, int b) {\n        return a + b;\n    }\n}\n";
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/A.java", "java", java);
            List<CodeAction> actions = actions(lsp, "file:///w/A.java", 2);
            assertEquals(List.of("Generate Javadoc"), actions.stream().map(CodeAction::getTitle).toList());
            String out = apply(java, edit(actions.get(0), "file:///w/A.java"));
            assertTrue(out.contains("    /**\n"), out);
            assertTrue(out.contains("@param a"), out);
            assertTrue(out.contains("@return"), out);
        }
    }

    @Test
    void noActionOutsideFunctionsForUnknownDocumentsOrOtherKinds() throws Exception {
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/a.py", "python", PY);
            assertTrue(actions(lsp, "file:///w/a.py", 0).isEmpty(), "cursor on the import line");
            assertTrue(actions(lsp, "file:///w/never-opened.py", 2).isEmpty());
            CodeActionParams quickfixOnly = params("file:///w/a.py", 2);
            quickfixOnly.setContext(new CodeActionContext(List.of(), List.of("quickfix")));
            assertTrue(LspHarness.get(lsp.server.getTextDocumentService().codeAction(quickfixOnly)).isEmpty());
        }
    }

    @Test
    void brokenCodeStillGetsABestEffortDocstringAndNeverAnError() throws Exception {
        String broken = "def train(model, data, epochs=3\n    for e in range(epochs):\n        model.fit(data\n";
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            lsp.open("file:///w/b.py", "python", broken);
            List<CodeAction> actions = actions(lsp, "file:///w/b.py", 0);
            assertFalse(actions.isEmpty());
            assertTrue(apply(broken, edit(actions.get(0), "file:///w/b.py")).contains("epochs"));
            lsp.open("file:///w/junk.py", "python", "\u0000\u0001 def ((( \"\"\" ]]] \n\t\t\u00ff");
            for (int line = 0; line < 3; line++) {
                assertNotNull(actions(lsp, "file:///w/junk.py", line), "an answer, not an error");
            }
            assertEquals(4, actions(lsp, "file:///w/b.py", 0).size(), "the server still answers after junk");
        }
    }

    static CodeActionParams params(String uri, int line) {
        Position p = new Position(line, 2);
        return new CodeActionParams(new TextDocumentIdentifier(uri), new Range(p, p),
                new CodeActionContext(List.of()));
    }

    static List<CodeAction> actions(LspHarness lsp, String uri, int line) throws Exception {
        List<Either<Command, CodeAction>> result =
                LspHarness.get(lsp.server.getTextDocumentService().codeAction(params(uri, line)));
        return result.stream().map(Either::getRight).toList();
    }

    static TextEdit edit(CodeAction action, String uri) {
        List<TextEdit> edits = action.getEdit().getChanges().get(uri);
        assertEquals(1, edits.size());
        return edits.get(0);
    }

    static String apply(String text, TextEdit edit) {
        return TextPositions.apply(text, new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()));
    }
}
