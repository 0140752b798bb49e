package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.intellij.core.api.DocstringRequest;
import ai.stagesense.intellij.core.settings.DocstringStyle;
import org.junit.jupiter.api.Test;

class DocstringRequestsTest {

    @Test
    void pythonUsesTheConfiguredStyleAndTheCaretLine() {
        String text = "import os\n\ndef f(a, b=1):\n    return a + b\n";
        CellView view = CellView.ofDocument(text, text.indexOf("return")).orElseThrow();

        DocstringTarget target = DocstringRequests.of(view, Language.PYTHON, DocstringStyle.NUMPY);

        assertEquals(new DocstringRequest(text, "python", "numpy", 4), target.request());
        assertEquals(0, target.codeStartInDocument());
    }

    @Test
    void javaAlwaysGetsJavadocAndPythonNeverDoes() {
        CellView view = CellView.ofDocument("class A { int f(int x) { return x; } }", 12).orElseThrow();

        assertEquals("javadoc", DocstringRequests.of(view, Language.JAVA, DocstringStyle.REST).request().style());
        assertEquals("google", DocstringRequests.of(view, Language.PYTHON, DocstringStyle.JAVADOC).request().style());
    }

    @Test
    void inAPercentScriptTheCellIsSentAndItsOffsetKept() {
        String text = "import os\n# %%\ndef g():\n    pass\n";
        CellView view = CellView.ofDocument(text, text.indexOf("pass")).orElseThrow();

        DocstringTarget target = DocstringRequests.of(view, Language.PYTHON, DocstringStyle.GOOGLE);

        assertEquals("def g():\n    pass\n", target.request().code());
        assertEquals(2, target.request().line());
        assertEquals(text.indexOf("def g"), target.codeStartInDocument());
    }
}
