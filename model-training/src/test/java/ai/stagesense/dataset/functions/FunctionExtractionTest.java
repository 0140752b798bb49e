package ai.stagesense.dataset.functions;

import ai.stagesense.codeintel.functions.FunctionCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import ai.stagesense.dataset.input.InputFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionExtractionTest {

    @Test
    void pythonMethodCodeIsDedentedAndLosesItsDocstring() {
        String source = """
                class A:
                    @staticmethod
                    def scale(values, factor=2):
                        \"\"\"Scale the values.

                        Args:
                            values: numbers
                        \"\"\"
                        out = [v * factor for v in values]
                        return out
                """;
        FunctionInfo f = PythonFunctions.extract(source).get(0);
        String code = FunctionCode.of(f);
        assertEquals("@staticmethod\ndef scale(values, factor=2):\n    out = [v * factor for v in values]\n    return out",
                code);
        assertFalse(code.contains("Scale the values"));
    }

    @Test
    void oneLineBodiesStayOnTheHeaderLine() {
        FunctionInfo f = PythonFunctions.extract("def f(x): return x\n").get(0);
        assertEquals("def f(x): return x", FunctionCode.of(f));
    }

    @Test
    void javaMethodCodeHasHeaderAndBodyButNoJavadoc() {
        String source = """
                package p;
                class A {
                    /**
                     * Adds one.
                     * @param x a number
                     */
                    @Deprecated
                    public int inc(int x) {
                        return x + 1;
                    }
                }
                """;
        FunctionInfo f = JavaFunctions.extract(source).get(0);
        String code = FunctionCode.of(f);
        assertEquals("@Deprecated\npublic int inc(int x) {\n    return x + 1;\n}", code);
        assertEquals("p", ModuleNames.javaPackage(source));
    }

    @Test
    void moduleNamesAndRepositories() {
        assertEquals("numpy.core.fromnumeric", ModuleNames.python("numpy/core/fromnumeric.py"));
        assertEquals("numpy.core", ModuleNames.python("numpy/core/__init__.py"));
        assertEquals("numpy", SourceTrees.repoOf("numpy/core/fromnumeric.py"));
        assertEquals("os", SourceTrees.repoOf("os.py"));
    }

    @Test
    void hugeFunctionsAreDroppedWithAReason() throws IOException {
        StringBuilder body = new StringBuilder("def big():\n    \"\"\"A generated table.\"\"\"\n    return [\n");
        while (body.length() <= 2 * FunctionExtractor.MAX_FUNCTION_CHARS) {
            body.append("        1234567890,\n");
        }
        body.append("    ]\n");
        FunctionBatch batch = extractFromText("repo/big.py", body.toString());
        assertTrue(batch.functions().isEmpty());
        assertEquals(1, batch.counts().get("docstrings/dropped/function_too_large"));
    }

    private static FunctionBatch extractFromText(String relative, String text) throws IOException {
        Path tmp = Files.createTempFile("big", ".py");
        try {
            Files.writeString(tmp, text);
            return FunctionExtractor.extract(new InputFile("repo", tmp.toString(), null, relative, text.length()),
                    FunctionExtractor.PYTHON);
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void listOfModulesOfAManyPackageDirectory() {
        List<String> repos = SourceTrees.python(resource("corpus/python-site"), Integer.MAX_VALUE).stream()
                .map(f -> f.group()).distinct().sorted().toList();
        assertEquals(List.of("alpha", "beta"), repos);
        List<String> single = SourceTrees.python(resource("corpus/python/toypkg"), Integer.MAX_VALUE).stream()
                .map(f -> f.group()).distinct().toList();
        assertEquals(List.of("toypkg"), single);
    }

    static String resource(String path) {
        try {
            return Path.of(FunctionExtractionTest.class.getClassLoader().getResource(path).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
