package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.Parameter;
import ai.stagesense.codeintel.functions.PythonFunctions;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {

    private static String param(String name, String annotation) {
        return PlaceholderText.parameter(new Parameter(name, Parameter.Kind.POSITIONAL_OR_KEYWORD, annotation, null));
    }

    private static FunctionInfo function(String header) {
        return PythonFunctions.extract(header + "\n    pass\n").get(0);
    }

    @Test
    void parameterDescriptionsComeFromTheName() {
        assertEquals("the DataFrame", param("df", null));
        assertEquals("the number of estimators", param("n_estimators", "int"));
        assertEquals("the user name", param("userName", null));
        assertEquals("whether valid", param("is_valid", null));
        assertEquals("whether to use cache", param("use_cache", null));
        assertEquals("whether to shuffle", param("shuffle", "bool"));
        assertEquals("the strict flag", param("strict", "bool"));
        assertEquals("additional keyword arguments",
                PlaceholderText.parameter(new Parameter("kw", Parameter.Kind.VAR_KEYWORD, null, null)));
    }

    @Test
    void returnDescriptionsFollowTheVerb() {
        assertEquals("the config", PlaceholderText.returns(function("def load_config(path):"), true));
        assertEquals("True if valid, False otherwise", PlaceholderText.returns(function("def is_valid(x):"), true));
        assertEquals("the json representation", PlaceholderText.returns(function("def to_json(x):"), true));
        assertEquals("the contents of the url", PlaceholderText.returns(function("def fetch_url(u):"), true));
        assertEquals("the result", PlaceholderText.returns(function("def load_from(u):"), true));
        assertEquals("the result", PlaceholderText.returns(function("def run(u):"), true));
    }

    @Test
    void exceptionDescriptions() {
        assertEquals("if an argument has an invalid value", PlaceholderText.raises("ValueError"));
        assertEquals("if an I/O error occurs", PlaceholderText.raises("java.io.IOException"));
        assertEquals("if a load error occurs", PlaceholderText.raises("errors.LoadError"));
        assertEquals("if an error occurs", PlaceholderText.raises("Exception"));
    }
}
