package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.codeintel.functions.DocstringStyle;
import org.junit.jupiter.api.Test;

/** The default style follows the code's existing docstrings, else google. */
class StyleChoiceTest {

    private static DocstringStyle styleFor(String code, int line) {
        return DocstringGenerator.generate(code, "python", null, line, null).style();
    }

    @Test
    void noDocstringsMeansGoogle() {
        assertEquals(DocstringStyle.GOOGLE, styleFor("def f(a):\n    pass\n", 1));
    }

    @Test
    void dominantStyleOfTheFileWins() {
        String code = """
                def a(x):
                    \"""A.

                    :param x: X.
                    \"""


                def b(y):
                    \"""B.

                    :param y: Y.
                    \"""


                def c(z):
                    \"""C.

                    Args:
                        z: Z.
                    \"""


                def d(w):
                    return w
                """;
        assertEquals(DocstringStyle.REST, styleFor(code, 22));
        assertEquals(DocstringStyle.GOOGLE, styleFor(code, 15), "an existing docstring keeps its own style");
    }

    @Test
    void plainDocstringsDoNotDecide() {
        String code = "def a():\n    \"\"\"Just text.\"\"\"\n\n\ndef b(y):\n    pass\n";
        assertEquals(DocstringStyle.GOOGLE, styleFor(code, 5));
    }
}
