package ai.stagesense.codeintel.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonFunctionsTest {

    private static final String SOURCE = """
            import pandas as pd

            @lru_cache(maxsize=None)
            def load(path: str, /, sep: str = ",", *cols, nrows: int | None = None, **options) -> pd.DataFrame:
                \"\"\"Load a CSV file.

                Parameters
                ----------
                path : str
                    Where the file is.
                \"\"\"
                if not path:
                    raise ValueError("empty path")
                try:
                    return pd.read_csv(path, sep=sep, nrows=nrows)
                except OSError as err:
                    raise
                raise errors.LoadError(path) from err

            class Model:
                def __init__(self, alpha=0.1):
                    self.alpha = alpha

                async def stream(self, batches):
                    for b in batches:
                        yield b

                    def helper(x):
                        raise KeyError(x)
            """;

    @Test
    void readsSignaturesParametersAndKinds() {
        List<FunctionInfo> functions = PythonFunctions.extract(SOURCE);
        assertEquals(List.of("load", "Model.__init__", "Model.stream", "Model.stream.helper"),
                functions.stream().map(FunctionInfo::qualifiedName).toList());
        FunctionInfo load = functions.get(0);
        assertEquals(List.of(
                new Parameter("path", Parameter.Kind.POSITIONAL_ONLY, "str", null),
                new Parameter("sep", Parameter.Kind.POSITIONAL_OR_KEYWORD, "str", "\",\""),
                new Parameter("cols", Parameter.Kind.VAR_POSITIONAL, null, null),
                new Parameter("nrows", Parameter.Kind.KEYWORD_ONLY, "int | None", "None"),
                new Parameter("options", Parameter.Kind.VAR_KEYWORD, null, null)), load.parameters());
        assertEquals("pd.DataFrame", load.returnType());
        assertEquals(List.of("lru_cache(maxsize=None)"), load.decorators());
        assertEquals(List.of("ValueError", "errors.LoadError"), load.raises(), "bare re-raise is not a type");
        assertTrue(load.complete());
        assertEquals(3, load.range().startLine(), "the range starts at the decorator");
        assertEquals(18, load.range().endLine());
    }

    @Test
    void readsTheExistingDocstringAndWhereTheBodyStarts() {
        FunctionInfo load = PythonFunctions.extract(SOURCE).get(0);
        Docstring doc = load.docstring();
        assertNotNull(doc);
        assertEquals(DocstringStyle.NUMPY, doc.style());
        assertEquals("Load a CSV file.", doc.summary());
        assertTrue(doc.text().startsWith("Load a CSV file.\n\nParameters\n----------\npath : str"));
        assertEquals(5, doc.range().startLine());
        assertEquals(11, doc.range().endLine());
        assertEquals("    ", load.bodyIndent());
        assertEquals(5, load.bodyStartLine());
        assertTrue(load.body().strip().startsWith("if not path:"), "the body excludes the docstring");
    }

    @Test
    void methodsAsyncGeneratorsAndNestedFunctions() {
        List<FunctionInfo> functions = PythonFunctions.extract(SOURCE);
        FunctionInfo init = functions.get(1);
        assertTrue(init.parameters().get(0).isReceiver());
        assertEquals("0.1", init.parameters().get(1).defaultValue());
        assertNull(init.docstring());
        assertEquals("        ", init.bodyIndent());
        FunctionInfo stream = functions.get(2);
        assertTrue(stream.isAsync());
        assertTrue(stream.isGenerator());
        assertEquals("async def stream(self, batches):", stream.signature());
        assertEquals(List.of(), stream.raises(), "a nested function's raise belongs to the nested function");
        assertEquals(List.of("KeyError"), functions.get(3).raises());
    }

    @Test
    void recoversUnfinishedDefinitions() {
        List<FunctionInfo> functions = PythonFunctions.extract("x = 1\ndef train(model, data, epochs=10, *, lr");
        assertEquals(1, functions.size());
        FunctionInfo train = functions.get(0);
        assertFalse(train.complete());
        assertEquals(List.of("model", "data", "epochs", "lr"), train.parameters().stream().map(Parameter::name).toList());
        assertEquals("10", train.parameters().get(2).defaultValue());
        assertEquals(Parameter.Kind.KEYWORD_ONLY, train.parameters().get(3).kind());

        FunctionInfo noColon = PythonFunctions.extract("def fit(X, y)\n    return X\n").get(0);
        assertEquals("fit", noColon.name());
        assertEquals(2, noColon.parameters().size());
    }

    @Test
    void findsTheFunctionUnderTheCursor() {
        assertEquals("load", PythonFunctions.at(SOURCE, 13).qualifiedName());
        assertEquals("Model.stream.helper", PythonFunctions.at(SOURCE, 28).qualifiedName());
        assertEquals("load", PythonFunctions.at(SOURCE, 1).qualifiedName(), "above every function: the next one");
        assertNull(PythonFunctions.at("x = 1\n", 1));
    }
}
