package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlineCompletionContext;
import org.eclipse.lsp4j.InlineCompletionParams;
import org.eclipse.lsp4j.InlineCompletionTriggerKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * Random edits of Python-ish junk at random (also out-of-range and negative) positions, then every request at random
 * positions: each must answer (never an error response), and the server must still serve a normal request after.
 */
class LspRobustnessTest {

    private static final String[] PIECES = {"def ", "f(", "a, ", "b=1", "):", "\n", "    ", "\"\"\"", "return ", "import ",
        "pandas as pd", "from . import x", "class C:", "@dec\n", "é中😀", "\u0000", "\t", "((((", "]]", "lambda: ",
        "%matplotlib inline\n", "!pip install x\n", "public int f(int a) {", "}", "/**", "*/"};

    @Test
    void randomEditsAndPositionsNeverProduceAnError() throws Exception {
        Random random = new Random(10);
        try (LspHarness lsp = new LspHarness(LspEngines.docstringsOnly())) {
            lsp.initialize(null);
            TextDocumentService docs = lsp.server.getTextDocumentService();
            String[] uris = {"file:///w/a.py", "file:///w/B.java", "untitled:Untitled-1"};
            for (String uri : uris) {
                lsp.open(uri, uri.endsWith(".java") ? "java" : "python", "");
            }
            for (int round = 0; round < 150; round++) {
                String uri = uris[random.nextInt(uris.length)];
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                Range range = new Range(position(random), position(random));
                docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, round),
                        List.of(random.nextInt(5) == 0 ? new TextDocumentContentChangeEvent(text.toString())
                                : new TextDocumentContentChangeEvent(range, text.toString()))));
                TextDocumentIdentifier id = new TextDocumentIdentifier(random.nextInt(10) == 0 ? "file:///nope" : uri);
                Position p = position(random);
                assertNotNull(LspHarness.get(docs.codeAction(new CodeActionParams(id, new Range(p, p),
                        new CodeActionContext(List.of())))));
                assertNotNull(LspHarness.get(docs.completion(new CompletionParams(id, p))));
                assertNotNull(LspHarness.get(docs.inlineCompletion(new InlineCompletionParams(id, p,
                        new InlineCompletionContext(InlineCompletionTriggerKind.Invoked)))));
                LspHarness.get(docs.hover(new HoverParams(id, p))); // null is a valid answer; an error would throw
            }
            lsp.open("file:///w/ok.py", "python", "def f(x):\n    return x\n");
            assertEquals(4, LspDocstringActionTest.actions(lsp, "file:///w/ok.py", 0).size());
        }
    }

    private static Position position(Random random) {
        return new Position(random.nextInt(8) - 1, random.nextInt(30) - 2);
    }
}
