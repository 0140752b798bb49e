package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import org.junit.jupiter.api.Test;

class FunctionNameSummarizerTest {

    private final Summarizer baseline = new FunctionNameSummarizer();

    private String python(String header) {
        FunctionInfo f = PythonFunctions.extract(header + "\n    pass\n").get(0);
        return baseline.summarize(f);
    }

    @Test
    void snakeCaseNamesBecomeImperativeSentences() {
        assertEquals("Load config.", python("def load_config(path):"));
        assertEquals("Initialize the instance.", python("def __init__(self):"));
        assertEquals("Return whether valid.", python("def is_valid(x):"));
        assertEquals("Convert to json.", python("def to_json(self):"));
        assertEquals("Iterate over rows.", python("def iter_rows(self):"));
        assertEquals("Create an instance from params.", python("def from_params(cls, params):"));
        assertEquals("Train model.", python("def _train_model(self):"));
    }

    @Test
    void camelCaseJavaNamesAndConstructors() {
        String source = """
                class Account {
                    Account(String owner) {}
                    String getUserName() { return ""; }
                    boolean hasHTTPAccess() { return true; }
                }
                """;
        var functions = JavaFunctions.extract(source);
        assertEquals("Create a new Account.", baseline.summarize(functions.get(0)));
        assertEquals("Get user name.", baseline.summarize(functions.get(1)));
        assertEquals("Return whether HTTP access.", baseline.summarize(functions.get(2)));
    }

    @Test
    void aFailingOrSilentSummarizerFallsBackToTheBaseline() {
        FunctionInfo f = PythonFunctions.extract("def load_config(path):\n    pass\n").get(0);
        assertEquals("Load config.", SummaryText.of(f, x -> {
            throw new IllegalStateException("model not loaded");
        }));
        assertEquals("Load config.", SummaryText.of(f, x -> "  "));
        assertEquals("Read the settings file.", SummaryText.of(f, x -> "read the settings\n file"));
    }
}
