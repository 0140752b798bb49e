package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.server.testing.TestModels;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDocstringsCommandTest {

    private static String line(String language, String split, String code, String summary, String tokens) {
        String quotedTokens = String.join(",", List.of(tokens.split(" ")).stream().map(t -> "\"" + t + "\"")
                .toList());
        return "{\"language\":\"" + language + "\",\"repo\":\"r\",\"split\":\"" + split + "\",\"qualified_name\":"
                + "\"m.f\",\"code\":\"" + code + "\",\"summary\":\"" + summary + "\",\"code_tokens\":["
                + quotedTokens + "]}\n";
    }

    /** Runs {@code eval-docstrings} as the command line does, requires exit 0 and returns what it printed. */
    private static String evalDocstrings(String datasets, Path models, Path report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MainAccess.runCapturingOut(new String[]{"eval-docstrings", "--dataset", datasets, "--models",
                models.toString(), "--report", report.toString()}, out);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One training pair and one held-out pair whose reference the function name reproduces exactly. */
    private static String configPairs() {
        return line("python", "train", "def read_settings(path):\\n    return json.load(open(path))",
                "Read the settings file.", "def read settings ( path ) : return json . load")
                + line("python", "test", "def load_config(path):\\n    return json.load(open(path))",
                "Load config.", "def load config ( path ) : return json . load");
    }

    @Test
    void scoresBothBaselinesOnTheTestSplitAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path docstrings = Files.createDirectories(dir.resolve("dataset").resolve("docstrings"));
        Files.writeString(docstrings.resolve("part-00000.json"),
                configPairs()
                        + line("python", "test", "def save_model(model):\\n    pass", "", "def save model"),
                StandardCharsets.UTF_8);
        Path report = dir.resolve("docstrings.md");
        String printed = evalDocstrings(dir.resolve("dataset").toString(), dir.resolve("no-models"), report);
        // the pair without a summary is skipped; the function name reproduces the reference exactly
        assertTrue(printed.contains("1 train, 1 test"), printed);
        assertTrue(printed.matches("(?s).*function name +python +1 +100\\.00 +100\\.00.*"), printed);
        assertTrue(printed.matches("(?s).*function name +java +0 +- +-.*"), printed);
        // retrieval returns the only training summary: "read the settings file ." vs "load config ."
        assertTrue(printed.matches("(?s).*retrieval \\(BM25\\) +all +1 .*"), printed);
        String md = Files.readString(report);
        assertTrue(md.contains("python r 1") && md.contains("| `m.f` | Load config. | Load config. | Read the "
                + "settings file. |"), md);
        assertTrue(md.contains("model**: not evaluated"), md);
        assertTrue(md.contains("No java pairs in the test split") && !md.contains("No python pairs"), md);
    }

    @Test
    void severalDatasetsPoolTheirTestSplitsAndRetrieveFromTheirTrainSplits(@TempDir Path dir) throws Exception {
        // the main build: Java only in train; the held-out build: Java only in test, nothing to retrieve from
        Path main = Files.createDirectories(dir.resolve("main").resolve("docstrings"));
        Files.writeString(main.resolve("part-00000.json"),
                line("java", "train", "int parseCount(String s) { return Integer.parseInt(s); }",
                        "Parses the count.", "int parse count ( string s ) { return integer . parse int")
                        + line("python", "test", "def load_config(path):\\n    pass", "Load config.",
                        "def load config ( path )"), StandardCharsets.UTF_8);
        Path heldOut = Files.createDirectories(dir.resolve("heldout").resolve("docstrings"));
        Files.writeString(heldOut.resolve("part-00000.json"),
                line("java", "test", "int parseSize(String s) { return Integer.parseInt(s); }",
                        "Parses the size.", "int parse size ( string s ) { return integer . parse int"),
                StandardCharsets.UTF_8);
        Path report = dir.resolve("docstrings.md");
        String printed = evalDocstrings(dir.resolve("main") + "," + dir.resolve("heldout"), dir.resolve("no-models"),
                report);
        assertTrue(printed.contains("1 train, 2 test"), printed);
        assertTrue(printed.contains(dir.resolve("heldout") + ": 0 train, 1 test"), printed);
        assertTrue(printed.matches("(?s).*function name +java +1 .*"), printed);
        String md = Files.readString(report);
        // the held-out Java test function retrieves the main build's Java training summary
        assertTrue(md.contains("| Parse size. | Parses the count. |"), md);
        assertTrue(md.contains("java r 1") && md.contains("python r 1"), md);
        assertTrue(md.contains("`" + dir.resolve("heldout") + "` 0 train, 1 test"), md);
        assertTrue(!md.contains("No java pairs") && !md.contains("No python pairs"), md);
    }

    @Test
    void recordsTheModelsNumbersInItsManifestEntryKeepingTheOtherKeys(@TempDir Path dir) throws Exception {
        Path docstrings = Files.createDirectories(dir.resolve("dataset").resolve("docstrings"));
        Files.writeString(docstrings.resolve("part-00000.json"),
                configPairs(),
                StandardCharsets.UTF_8);
        Path models = TestModels.copyOf(TestModels.tiny());
        Path manifest = models.resolve("manifest.json");
        JsonObject before = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
        summaryEntry(before).add("metrics", JsonParser.parseString("{\"java_test_bleu4\": 7.5}"));
        Files.writeString(manifest, before.toString());
        evalDocstrings(dir.resolve("dataset").toString(), models, dir.resolve("docstrings.md"));
        JsonObject metrics = summaryEntry(JsonParser.parseString(Files.readString(manifest)).getAsJsonObject())
                .getAsJsonObject("metrics");
        assertEquals(1, metrics.get("test_pairs").getAsInt());
        assertEquals(100.0, metrics.get("function_name_baseline_bleu4").getAsDouble(), 1e-9);
        assertTrue(metrics.has("test_bleu4") && metrics.has("retrieval_baseline_rouge_l"), metrics.toString());
        assertEquals(7.5, metrics.get("java_test_bleu4").getAsDouble(), 1e-9, "the other language's numbers stay");
    }

    private static JsonObject summaryEntry(JsonObject manifest) {
        for (var m : manifest.getAsJsonArray("models")) {
            if (m.getAsJsonObject().get("name").getAsString().equals("summary")) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no summary entry in " + manifest);
    }

    @Test
    void wrapsOnlyJavaConstructorsInTheirClass() {
        DocstringPairs.Pair constructor = new DocstringPairs.Pair("java", "r", "test", "org.joda.time.Hours.Hours",
                "private Hours(int hours) {\n    super(hours);\n}", "Creates a new instance.", List.of());
        assertEquals("class Hours {\nprivate Hours(int hours) {\n    super(hours);\n}\n}\n",
                EvalDocstringsCommand.constructorInClass(constructor));
        DocstringPairs.Pair annotated = new DocstringPairs.Pair("java", "r", "test", "gson.JsonArray.JsonArray",
                "@SuppressWarnings(\"deprecation\") public <T> JsonArray() {}", "Creates an empty array.", List.of());
        assertTrue(EvalDocstringsCommand.constructorInClass(annotated).startsWith("class JsonArray {\n@Suppress"));
        DocstringPairs.Pair method = new DocstringPairs.Pair("java", "r", "test", "org.joda.time.Hours.hours",
                "int hours() { return 1; }", "Gets the hours.", List.of());
        assertEquals(null, EvalDocstringsCommand.constructorInClass(method));
        // a method named like its class has a return type, so it parses alone
        DocstringPairs.Pair sameName = new DocstringPairs.Pair("java", "r", "test", "a.Hours.Hours",
                "public int Hours() { return 1; }", "Odd.", List.of());
        assertEquals(null, EvalDocstringsCommand.constructorInClass(sameName));
        DocstringPairs.Pair python = new DocstringPairs.Pair("python", "r", "test", "m.C.C", "def C(): pass", "C.",
                List.of());
        assertEquals(null, EvalDocstringsCommand.constructorInClass(python));
    }

    @Test
    void scoresAJavaConstructorInsteadOfReportingNoFunction(@TempDir Path dir) throws Exception {
        Path docstrings = Files.createDirectories(dir.resolve("dataset").resolve("docstrings"));
        Files.writeString(docstrings.resolve("part-00000.json"),
                "{\"language\":\"java\",\"repo\":\"r\",\"split\":\"test\",\"qualified_name\":\"a.Hours.Hours\","
                        + "\"code\":\"public Hours(int hours) {\\n  super(hours);\\n}\",\"summary\":\"Create a new "
                        + "Hours.\",\"code_tokens\":[\"public\",\"hours\"]}\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("docstrings.md");
        evalDocstrings(dir.resolve("dataset").toString(), dir.resolve("no-models"), report);
        String md = Files.readString(report);
        assertTrue(md.contains("function name: 1 Java constructors were given inside a class"), md);
        assertTrue(!md.contains("no function found"), md);
        assertTrue(md.contains("| `a.Hours.Hours` | Create a new Hours. | Create a new Hours. |"), md);
    }

    @Test
    void comparesTheModelPerLanguageAndOverall() {
        EvalDocstringsCommand.SystemResult name = new EvalDocstringsCommand.SystemResult();
        EvalDocstringsCommand.SystemResult model = new EvalDocstringsCommand.SystemResult();
        DocstringPairs.Pair python = new DocstringPairs.Pair("python", "r", "test", "m.f", "", "Load the config.",
                List.of());
        DocstringPairs.Pair java = new DocstringPairs.Pair("java", "r", "test", "m.g", "", "Parses the size.",
                List.of());
        // the model is exact on Python and wrong on Java; the baseline the other way round
        name.add(python, "Unrelated words");
        model.add(python, "Load the config.");
        name.add(java, "Parses the size.");
        model.add(java, "Unrelated words");
        Map<String, EvalDocstringsCommand.SystemResult> results = new LinkedHashMap<>();
        results.put("function name", name);
        results.put("model", model);
        String lines = EvalDocstringsCommand.comparisons(results);
        assertTrue(lines.matches("(?s).*model - function name \\(python, .*ROUGE-L \\+100\\.00 .*"), lines);
        assertTrue(lines.matches("(?s).*model - function name \\(java, .*ROUGE-L -100\\.00 .*"), lines);
        assertTrue(lines.matches("(?s).*model - function name \\(all, .*ROUGE-L \\+0\\.00 .*"), lines);
        assertEquals(3, lines.lines().count(), lines);
    }

    @Test
    void oneLanguageGetsNoSeparateOverallComparison() {
        EvalDocstringsCommand.SystemResult name = new EvalDocstringsCommand.SystemResult();
        EvalDocstringsCommand.SystemResult model = new EvalDocstringsCommand.SystemResult();
        DocstringPairs.Pair python = new DocstringPairs.Pair("python", "r", "test", "m.f", "", "Load config.",
                List.of());
        name.add(python, "Load config.");
        model.add(python, "Load config.");
        Map<String, EvalDocstringsCommand.SystemResult> results = new LinkedHashMap<>();
        results.put("function name", name);
        results.put("model", model);
        String lines = EvalDocstringsCommand.comparisons(results);
        assertEquals(1, lines.lines().count(), lines);
        assertTrue(lines.startsWith("model - function name (python, "), lines);
    }
}
