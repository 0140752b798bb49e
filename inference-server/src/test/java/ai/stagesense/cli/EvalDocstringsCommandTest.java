package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void scoresBothBaselinesOnTheTestSplitAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path docstrings = Files.createDirectories(dir.resolve("dataset").resolve("docstrings"));
        Files.writeString(docstrings.resolve("part-00000.json"),
                line("python", "train", "def read_settings(path):\\n    return json.load(open(path))",
                        "Read the settings file.", "def read settings ( path ) : return json . load")
                        + line("python", "test", "def load_config(path):\\n    return json.load(open(path))",
                        "Load config.", "def load config ( path ) : return json . load")
                        + line("python", "test", "def save_model(model):\\n    pass", "", "def save model"),
                StandardCharsets.UTF_8);
        Path report = dir.resolve("docstrings.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MainAccess.runCapturingOut(new String[]{"eval-docstrings", "--dataset",
                dir.resolve("dataset").toString(), "--models", dir.resolve("no-models").toString(), "--report",
                report.toString()}, out);
        assertEquals(0, code);
        String printed = out.toString(StandardCharsets.UTF_8);
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
}
