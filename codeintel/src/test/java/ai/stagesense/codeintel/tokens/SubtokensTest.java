package ai.stagesense.codeintel.tokens;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubtokensTest {

    @Test
    void splitsCaseDigitsUnderscoresAndAcronyms() {
        assertEquals(List.of("parse", "http", "response", "2"), Subtokens.split("parseHTTPResponse2"));
        assertEquals(List.of("init"), Subtokens.split("__init__"));
        assertEquals(List.of("read", "csv"), Subtokens.split("read_csv"));
        assertEquals(List.of("random", "forest", "classifier"), Subtokens.split("RandomForestClassifier"));
        assertEquals(List.of("x", "train"), Subtokens.split("X_train"));
        assertEquals(List.of("max", "iter"), Subtokens.split("MAX_ITER"));
        assertEquals(List.of("xml", "http", "request"), Subtokens.split("XMLHttpRequest"));
        assertEquals(List.of("conv", "2", "d"), Subtokens.split("Conv2D"));
        assertEquals(List.of("utf", "8"), Subtokens.split("utf8"));
        assertEquals(List.of("über", "größe"), Subtokens.split("überGröße"));
        assertEquals(List.of(), Subtokens.split("_"));
    }

    @Test
    void codeTokensOfPython() {
        String code = """
                def fit_model(df, n_estimators=100):
                    # the label column is hard-coded for now
                    X = df.drop(columns=["Survived"])
                    return RandomForestClassifier(n_estimators=n_estimators).fit(X, df.Survived)
                """;

        assertEquals(List.of(
                "def", "fit", "model", "(", "df", ",", "n", "estimators", "=", "<num>", ")", ":",
                "x", "=", "df", ".", "drop", "(", "columns", "=", "[", "<str>", "]", ")",
                "return", "random", "forest", "classifier", "(", "n", "estimators", "=", "n", "estimators", ")",
                ".", "fit", "(", "x", ",", "df", ".", "survived", ")"), Subtokens.codeTokens(code));
    }

    @Test
    void pythonStringsOfEveryKindAreOneToken() {
        String code = "a = f\"{x}\" + rb'\\x00' + '''multi\nline''' + \"it's\"";

        assertEquals(List.of("a", "=", "<str>", "+", "<str>", "+", "<str>", "+", "<str>"), Subtokens.codeTokens(code));
    }

    @Test
    void floorDivisionIsNotAComment() {
        assertEquals(List.of("mid", "=", "n", "//", "<num>", "+", "<num>"), Subtokens.codeTokens("mid = n // 2 + 1e-3"));
    }

    @Test
    void codeTokensOfJava() {
        String code = """
                /** Loads rows. */
                public List<Row> loadRows(Path csvPath) throws IOException { // header skipped
                    return Files.readAllLines(csvPath).stream().skip(1).map(Row::parse).toList();
                }
                """;

        assertEquals(List.of(
                "public", "list", "<", "row", ">", "load", "rows", "(", "path", "csv", "path", ")", "throws", "io",
                "exception", "{", "return", "files", ".", "read", "all", "lines", "(", "csv", "path", ")", ".",
                "stream", "(", ")", ".", "skip", "(", "<num>", ")", ".", "map", "(", "row", "::", "parse", ")",
                ".", "to", "list", "(", ")", ";", "}"), Subtokens.codeTokens(code));
    }

    @Test
    void multiCharacterOperatorsStayWhole() {
        assertEquals(List.of("total", "+=", "x", "**", "<num>"), Subtokens.codeTokens("total += x ** 2"));
        assertEquals(List.of("f", "=", "(", "a", ")", "->", "a", "!=", "null", ";"), Subtokens.codeTokens("f = (a) -> a != null;"));
        assertEquals(List.of("if", "(", "n", "walrus", ":=", "len", "(", "a", ")", ")", ">", "<num>", ":"),
                Subtokens.codeTokens("if (n_walrus := len(a)) > 0x1F:"));
    }

    @Test
    void brokenCodeStillTokenizes() {
        assertEquals(List.of("print", "(", "<str>"), Subtokens.codeTokens("print(\"unterminated"));
        assertEquals(List.of("x", "=", "<num>"), Subtokens.codeTokens("x = 1 /* never closed"));
        assertEquals(List.of(), Subtokens.codeTokens(""));
    }
}
