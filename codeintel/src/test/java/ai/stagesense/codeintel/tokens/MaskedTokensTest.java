package ai.stagesense.codeintel.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskedTokensTest {

    @Test
    void tokenizesTheDocumentedExamples() {
        assertEquals(List.of("var0", "=", "pandas", ".", "read_csv"), MaskedTokens.tokenize("var0=pandas.read_csv"));
        assertEquals(List.of("var0", "[]", ".", "fillna"), MaskedTokens.tokenize("var0[].fillna"));
        assertEquals(List.of("import_", "pandas"), MaskedTokens.tokenize("import_pandas"));
        assertEquals(List.of("for_", "var1", "=", "var0", ".", "iterrows"), MaskedTokens.tokenize("for_var1=var0.iterrows"));
        assertEquals(List.of("%", "matplotlib"), MaskedTokens.tokenize("%matplotlib"));
        assertEquals(List.of("%%", "time"), MaskedTokens.tokenize("%%time"));
        assertEquals(List.of("!", "pip"), MaskedTokens.tokenize("!pip"));
        assertEquals(List.of("var0", "?"), MaskedTokens.tokenize("var0?"));
        assertEquals(List.of("var9", "+=", "var10"), MaskedTokens.tokenize("var9+=var10"));
        assertEquals(List.of("var6", "=", "<num>"), MaskedTokens.tokenize("var6=<num>"));
    }

    @Test
    void tokenizesCallsWithVariableArguments() {
        assertEquals(List.of("var3", ",", "var4", "=", "sklearn", ".", "model_selection", ".", "train_test_split",
                        "(", "var1", ")"),
                MaskedTokens.tokenize("var3,var4=sklearn.model_selection.train_test_split(var1)"));
        assertEquals(List.of("with_", "var16", "=", "open", "(", "var17", ")"), MaskedTokens.tokenize("with_var16=open(var17)"));
    }

    @Test
    void keywordPrefixesOnlyAtLineStart() {
        assertEquals(List.of("import_", ".", "utils"), MaskedTokens.tokenize("import_.utils"));
        assertEquals(List.of("import_", "os", ".", "path", ".", "*"), MaskedTokens.tokenize("import_os.path.*"));
        assertEquals(List.of("return_", "var0", ".", "dropna"), MaskedTokens.tokenize("return_var0.dropna"));
        assertEquals(List.of("print", "(", "import_data", ")"), MaskedTokens.tokenize("print(import_data)"));
        assertEquals(List.of("format_report", "(", "var0", ")"), MaskedTokens.tokenize("format_report(var0)"),
                "'for' must be followed by '_' to be a keyword prefix");
        assertEquals(List.of("if"), MaskedTokens.tokenize("if"));
        assertEquals(List.of("try"), MaskedTokens.tokenize("try"));
    }

    @Test
    void templateSlotsAreSingleTokens() {
        assertEquals(List.of("$1", "=", "pandas", ".", "read_csv", "(", "${path}", ")"),
                MaskedTokens.tokenize("$1=pandas.read_csv(${path})"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "import_pandas", "import_numpy", "import_os", "import_matplotlib.pyplot",
            "import_sklearn.model_selection.train_test_split", "import_sklearn.metrics", "import_os.path.*",
            "import_.utils", "var0=pandas.read_csv", "var0.head", "var0.shape", "var0", "var0.groupby.mean",
            "var0[].fillna", "var0.loc[]", "var3=sklearn.model_selection.train_test_split(var1,var2)",
            "var3,var4=sklearn.model_selection.train_test_split(var1)", "var5.fit(var3,var4)", "print(var0.shape)",
            "seaborn.heatmap(var0.corr)", "var0[]=var0[]", "var6=<num>", "var7=<str>", "var8=<list>",
            "var9+=var10", "for_var11,var12=var0.iterrows", "for_var13=var14", "if_var0.empty", "elif_var15",
            "while_var6", "if", "with_var16=open(var17)", "def_clean", "class_Net", "return_var0.dropna", "try",
            "except_ValueError", "finally", "del_var0[]", "assert_var18", "raise_ValueError", "%matplotlib",
            "%%time", "!pip", "var0?", "<str>.split", "<none>", "<bool>", "var0**=<num>", "var1//=var2",
            "x y", "", "é"})
    void joinInvertsTokenize(String line) {
        assertEquals(line, MaskedTokens.join(MaskedTokens.tokenize(line)));
    }

    /** The masking doc is the format's specification; every masked example in it must round-trip. */
    @Test
    void joinInvertsTokenizeForEveryMaskedLineInTheMaskingDoc() throws IOException {
        Path doc = Path.of("..", "docs", "masking.md");
        List<String> masked = new ArrayList<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (String row : Files.readAllLines(doc)) {
            String[] columns = row.split("\\|");
            if (columns.length >= 3 && !row.startsWith("|---")) {
                Matcher m = code.matcher(columns[2]);
                while (m.find()) {
                    masked.add(m.group(1));
                }
            }
        }
        assertTrue(masked.size() > 40, "found the masked column: " + masked);
        for (String line : masked) {
            List<String> tokens = MaskedTokens.tokenize(line);
            assertEquals(line, MaskedTokens.join(tokens), () -> "tokens " + tokens);
            assertTrue(tokens.stream().noneMatch(String::isEmpty));
        }
    }
}
