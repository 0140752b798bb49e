package ai.stagesense.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor end to end: Debian's Neovim 0.7 headless runs {@code nvim-e2e.lua}, which starts the language
 * server as a child process and goes through initialize, didOpen, codeAction and codeAction/resolve (applying the
 * edit in the buffer), completion, inlineCompletion, hover, shutdown and exit. The server is
 * {@code ai.stagesense.cli.Main lsp} on this build's classpath, the same entry point {@code ./stagesense lsp} runs
 * from the jar, which does not exist yet while Maven runs the tests. Skipped only when nvim is not installed (CI
 * installs it, see .ci/run).
 */
class LspNeovimEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void neovimDrivesTheServerThroughEveryRequest() throws Exception {
        Assumptions.assumeTrue(onPath("nvim"), "nvim is not installed");
        Path script = dir.resolve("test.lua");
        try (var in = getClass().getResourceAsStream("/lsp/nvim-e2e.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path file = dir.resolve("prep.py");
        Files.writeString(file, "import pandas as pd\n\n\ndef load_table(path, sep=','):\n"
                + "    return pd.read_csv(path, sep=sep)\n");
        Path out = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // -Xss4m: started from this classpath (not the jar), loading ONNX Runtime on the main thread overflows the
        // default stack and the JVM dies with SIGSEGV (`serve` too); the shaded jar ./stagesense runs is not affected
        String shipped = Path.of("..", "models").toAbsolutePath().normalize().toString();
        List<String> server = List.of(java, "-Xss4m", "-cp", System.getProperty("java.class.path"),
                "ai.stagesense.cli.Main", "lsp", "--models", shipped);
        ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-c", "luafile " + script)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
        pb.environment().put("STAGESENSE_LSP_CMD", new Gson().toJson(server));
        pb.environment().put("STAGESENSE_E2E_OUT", out.toString());
        pb.environment().put("STAGESENSE_E2E_FILE", file.toString());
        Process nvim = pb.start();
        assertTrue(nvim.waitFor(180, TimeUnit.SECONDS), "nvim finished");
        assertTrue(Files.exists(out), () -> "no result; nvim log: " + log());
        JsonObject r = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();

        assertFalse(r.has("lua_error"), () -> r.get("lua_error").getAsString());
        assertTrue(r.get("initialized").getAsBoolean());
        assertTrue(r.get("inline_capability").getAsBoolean());
        assertNull(r.get("code_action_error"));
        JsonArray titles = r.getAsJsonArray("code_action_titles");
        assertEquals("Generate docstring (numpy)", titles.get(0).getAsString(), "init_options style first");
        assertEquals(4, titles.size());
        assertTrue(r.get("resolved_lazily").getAsBoolean(), "Neovim 0.7 resolves edits: none before the choice");
        assertNull(r.get("resolve_error"));
        String edited = r.get("after_edit").getAsString();
        assertTrue(edited.contains("def load_table(path, sep=','):\n    \"\"\""), edited);
        assertTrue(edited.contains("    Parameters\n    ----------\n    path"), edited);
        assertNull(r.get("completion_error"));
        assertTrue(r.get("completion_is_list").getAsBoolean());
        assertNull(r.get("inline_error"));
        assertTrue(r.get("inline_is_list").getAsBoolean());
        assertNull(r.get("hover_error"));
        String hover = r.get("hover_text").getAsString();
        assertTrue(hover.startsWith("**pandas**") && hover.contains("Often used with: `numpy`"),
                "hover on the import, from the shipped package index: " + hover);
        assertNull(r.get("shutdown_error"));
        assertTrue(r.get("exited").getAsBoolean());
        assertEquals(0, r.get("exit_code").getAsInt(), "exit after shutdown");
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("nvim.log"));
        } catch (Exception e) {
            return "(no log)";
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
