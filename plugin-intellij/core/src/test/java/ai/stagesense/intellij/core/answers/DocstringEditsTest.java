package ai.stagesense.intellij.core.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.DocstringEdit;
import org.junit.jupiter.api.Test;

class DocstringEditsTest {

    private static final String CODE = "def add(a, b=1):\n    return a + b\n";

    @Test
    void anEmptyRangeInsertsBeforeTheStartLine() {
        DocstringEdit edit = new DocstringEdit(2, 1, "    \"\"\"Add two numbers.\"\"\"\n");

        assertEquals("def add(a, b=1):\n    \"\"\"Add two numbers.\"\"\"\n    return a + b\n",
                DocstringEdits.apply(CODE, edit));
        assertEquals(new TextReplacement(17, 17, edit.text()), DocstringEdits.toReplacement(CODE, edit));
    }

    @Test
    void aRangeReplacesThoseLinesInclusive() {
        String code = "def f():\n    \"\"\"Old.\n\n    More.\n    \"\"\"\n    pass\n";
        DocstringEdit edit = new DocstringEdit(2, 5, "    \"\"\"New.\"\"\"\n");

        assertEquals("def f():\n    \"\"\"New.\"\"\"\n    pass\n", DocstringEdits.apply(code, edit));
    }

    @Test
    void javadocGoesAboveTheMethod() {
        String code = "class A {\n    int twice(int x) {\n        return 2 * x;\n    }\n}\n";
        DocstringEdit edit = new DocstringEdit(2, 1, "    /**\n     * Twice.\n     */\n");

        String result = DocstringEdits.apply(code, edit);

        assertTrue(result.startsWith("class A {\n    /**\n     * Twice.\n     */\n    int twice"), result);
    }

    @Test
    void insertingAfterALastLineWithoutNewlineStartsANewLine() {
        String code = "def f(): pass";
        DocstringEdit edit = new DocstringEdit(2, 1, "# after\n");

        assertEquals("def f(): pass\n# after\n", DocstringEdits.apply(code, edit));
    }

    @Test
    void editsOutsideTheCodeAreRejectedNotClamped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocstringEdits.toReplacement(CODE, new DocstringEdit(4, 3, "x")));
        assertEquals("docstring edit lines 4..3 do not fit code of 2 lines", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocstringEdits.toReplacement(CODE, new DocstringEdit(0, 0, "x")));
        assertThrows(IllegalArgumentException.class, () -> DocstringEdits.toReplacement(CODE, new DocstringEdit(2, 0, "x")));
    }

    @Test
    void lineHelpers() {
        assertEquals(2, DocstringEdits.lineCount(CODE));
        assertEquals(1, DocstringEdits.lineCount(""));
        assertEquals(3, DocstringEdits.lineCount("a\n\nb"));
        assertEquals(0, DocstringEdits.lineStart(CODE, 1));
        assertEquals(17, DocstringEdits.lineStart(CODE, 2));
        assertEquals(CODE.length(), DocstringEdits.lineStart(CODE, 3));
    }
}
