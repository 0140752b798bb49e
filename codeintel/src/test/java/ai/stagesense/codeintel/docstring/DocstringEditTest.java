package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.codeintel.functions.PythonFunctions;
import org.junit.jupiter.api.Test;

/** Where the edit goes and how it is indented, so that a front-end applies it as one replacement. */
class DocstringEditTest {

    @Test
    void newPythonDocstringIsInsertedAfterTheHeader() {
        String code = "import os\n\n\ndef remove(path):\n    # careful\n    os.remove(path)\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, 4, null);
        assertFalse(r.updated());
        assertTrue(r.edit().isInsertion());
        assertEquals(5, r.edit().startLine());
        assertEquals(4, r.edit().endLine());
        assertEquals("    \"\"\"Remove.\n\n    Args:\n        path: The file path.\n    \"\"\"\n", r.edit().text());
    }

    @Test
    void multiLineHeaderInsertsAfterItsColon() {
        String code = "def f(\n    a,\n    b,\n) -> None:  # noqa\n    pass\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.REST, null, null);
        assertEquals(5, r.edit().startLine());
        assertEquals(4, r.edit().endLine());
    }

    @Test
    void existingDocstringIsReplacedLineForLine() {
        String code = "def f(a, b):\n    r'''Old text.\n\n    More.\n    '''\n    return a\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, 1, null);
        assertEquals(2, r.edit().startLine());
        assertEquals(5, r.edit().endLine());
        assertEquals("""
                    r'''Old text.

                    More.

                    Args:
                        a: The a.
                        b: The b.

                    Returns:
                        The result.
                    '''
                """, r.edit().text());
    }

    @Test
    void tabsAndNestedMethodsUseTheBodyIndentation() {
        String code = "class A:\n\tclass B:\n\t\tdef run(self, n):\n\t\t\tdef step(i):\n\t\t\t\treturn i\n"
                + "\t\t\treturn [step(i) for i in range(n)]\n";
        DocstringResult outer = DocstringGenerator.generate(code, "python", DocstringStyle.NUMPY, 3, null);
        assertEquals("A.B.run", outer.function());
        assertEquals("\t\t\t\"\"\"Run.\n\n\t\t\tParameters\n\t\t\t----------\n\t\t\tn\n\t\t\t    The n.\n\n"
                + "\t\t\tReturns\n\t\t\t-------\n\t\t\tlist\n\t\t\t    The result.\n\t\t\t\"\"\"\n",
                outer.edit().text());
        DocstringResult inner = DocstringGenerator.generate(code, "python", DocstringStyle.EPYTEXT, 5, null);
        assertEquals("A.B.run.step", inner.function());
        assertEquals(5, inner.edit().startLine());
        assertTrue(inner.edit().text().startsWith("\t\t\t\t\"\"\"Step.\n"), inner.edit().text());
        String applied = DocstringFixtures.apply(code, inner.edit());
        assertEquals("Step.\n\n@param i: The i.\n@return: The result.",
                PythonFunctions.extract(applied).get(1).docstring().text());
    }

    @Test
    void oneLineFunctionIsSplitSoTheDocstringComesFirst() {
        String code = "def double(x): return 2 * x\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, null, null);
        assertEquals(1, r.edit().startLine());
        assertEquals(1, r.edit().endLine());
        String applied = DocstringFixtures.apply(code, r.edit());
        assertEquals("def double(x):\n    \"\"\"Double.\n\n    Args:\n        x: The x.\n\n    Returns:\n"
                + "        The result.\n    \"\"\"\n    return 2 * x\n", applied);
    }

    @Test
    void headerOnTheLastLineWithoutNewlineIsRewrittenNotAppendedTo() {
        String code = "def stop(now)";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, null, null);
        assertEquals(1, r.edit().startLine());
        assertEquals(1, r.edit().endLine());
        assertTrue(r.edit().text().startsWith("def stop(now)\n    \"\"\"Stop."), r.edit().text());
    }

    @Test
    void windowsLineEndingsAreKept() {
        String code = "def f(a):\r\n    return a\r\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.REST, null, null);
        assertEquals("    \"\"\"F.\r\n\r\n    :param a: The a.\r\n    :returns: The result.\r\n    \"\"\"\r\n",
                r.edit().text());
    }

    @Test
    void javadocGoesAboveAnnotationsWithTheDeclarationsIndent() {
        String code = "class A {\n\tclass B {\n\t\t@Override\n\t\tpublic String toString() {\n\t\t\treturn \"b\";\n"
                + "\t\t}\n\t}\n}\n";
        DocstringResult r = DocstringGenerator.generate(code, "java", null, 5, null);
        assertEquals("A.B.toString", r.function());
        assertEquals(3, r.edit().startLine());
        assertEquals(2, r.edit().endLine());
        assertEquals("\t\t/**\n\t\t * Convert to string.\n\t\t *\n\t\t * @return the string representation\n\t\t */\n",
                r.edit().text());
    }

    @Test
    void javaDeclarationSharingALineIsSplit() {
        String code = "class A { void run() {} }\n";
        DocstringResult r = DocstringGenerator.generate(code, "java", null, 1, null);
        assertEquals(1, r.edit().startLine());
        assertEquals(1, r.edit().endLine());
        assertEquals("class A {\n/**\n * Run.\n */\nvoid run() {} }\n", r.edit().text());
    }

    @Test
    void quotesInsideTheTextNeverEndTheLiteralEarly() {
        String code = "def say(x):\n    pass\n";
        DocstringResult r = DocstringGenerator.generate(code, "python", DocstringStyle.GOOGLE, null,
                f -> "Say \"\"\"hi\"\"\" and '''bye''' with a \\ backslash");
        String applied = DocstringFixtures.apply(code, r.edit());
        assertEquals("Say \"\"\"hi\"\"\" and '''bye''' with a \\ backslash.\n\nArgs:\n    x: The x.",
                PythonFunctions.extract(applied).get(0).docstring().text());
    }
}
