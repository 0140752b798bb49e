package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.functions.DocstringStyle;
import org.junit.jupiter.api.Test;

/** Unfinished code still gets a docstring for what can be recovered; no function at all is a clear client error. */
class BrokenCodeTest {

    @Test
    void unfinishedDefGetsItsRecoveredParameters() {
        String code = "import numpy as np\n\ndef train(model, X_train, y_train, epochs: int = 10, lr=";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, 3, null);
        assertFalse(r.complete());
        assertEquals("train", r.function());
        assertEquals("""
                Train.

                Args:
                    model: The model.
                    X_train: The training samples.
                    y_train: The training targets.
                    epochs (int, optional): The number of epochs. Defaults to 10.
                    lr: The learning rate.""", r.docstring());
    }

    @Test
    void functionInsideBrokenCodeIsStillDocumented() {
        String code = "def outer():\n    def inner(a, b):\n        return a +\n    x = [1, 2\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.NUMPY, 3, null);
        assertEquals("outer.inner", r.function());
        assertFalse(r.complete());
        assertEquals(3, r.edit().startLine());
        assertTrue(r.edit().text().startsWith("        \"\"\"Inner.\n"), r.edit().text());
    }

    @Test
    void brokenJavaMethodIsRecovered() {
        String code = "class A {\n    public int size(List<String> items) {\n        return items.size(\n";
        DocstringResult r = DocstringGenerator.generate(code, "java", null, 2, null);
        assertFalse(r.complete());
        assertEquals(DocstringStyle.JAVADOC, r.style());
        assertTrue(r.docstring().contains("@param items the items"), r.docstring());
        assertTrue(r.docstring().contains("@return the result"), r.docstring());
    }

    @Test
    void garbageNeverThrowsAnythingButNoFunction() {
        for (String code : new String[] {"", "def", "def (", ")))(((", "class", "\"\"\"", "def f(:\n\t\t x"}) {
            try {
                DocstringResult r = DocstringGenerator.generate(code, "python", null, 1, null);
                assertTrue(r.edit().text().endsWith("\n"), code);
            } catch (NoFunctionFoundException expected) {
                assertTrue(expected.getMessage().contains("python"));
            }
        }
    }

    @Test
    void noFunctionIsAClientError() {
        NoFunctionFoundException e = assertThrows(NoFunctionFoundException.class,
                () -> DocstringGenerator.generate("x = 1\n", "python", null, null, null));
        assertEquals("no python function or method found in the code", e.getMessage());
        assertThrows(NoFunctionFoundException.class,
                () -> DocstringGenerator.generate("def f():\n    pass\n\n\nx = 1\n", "python", null, 5, null));
        assertThrows(NoFunctionFoundException.class,
                () -> DocstringGenerator.generate(null, "java", null, null, null));
    }

    @Test
    void badRequestsAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> DocstringGenerator.generate("def f(): pass", "cobol", null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> DocstringGenerator.generate("def f(): pass", "python", DocstringStyle.JAVADOC, null, null));
        DocstringResult java = DocstringGenerator.generate("class A { void f() {} }", "java", DocstringStyle.NUMPY,
                null, null);
        assertEquals(DocstringStyle.JAVADOC, java.style());
    }
}
