package ai.stagesense.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.cli.MainAccess;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsParserTest {

    private static ServerOptions parse(Map<String, String> env, Map<String, String> props, String... args) {
        return new ServerOptionsParser(env, props).parse(args);
    }

    @Test
    void defaultsBindLoopbackOnPort7878WithTheTokenInTheConfigDirectory() {
        ServerOptions o = parse(Map.of(), Map.of("user.home", "/home/ada"));
        assertEquals("127.0.0.1", o.host());
        assertEquals(7878, o.port());
        assertEquals(Path.of("/home/ada/.config/stagesense/token"), o.tokenFile());
        assertNull(o.models(), "no installation models: the jar's bundled models, if any");
        assertEquals(2000, o.budgetMillis());
        assertTrue(o.threads() >= 2);
    }

    @Test
    void xdgConfigHomeIsHonoured() {
        assertEquals(Path.of("/cfg/stagesense/token"),
                parse(Map.of("XDG_CONFIG_HOME", "/cfg"), Map.of("user.home", "/home/ada")).tokenFile());
    }

    @Test
    void environmentVariablesConfigureAndOptionsWin() {
        Map<String, String> env = Map.of("STAGESENSE_HOST", "::1", "STAGESENSE_PORT", "9000",
                "STAGESENSE_MODELS", "/m", "STAGESENSE_TOKEN_FILE", "/t", "STAGESENSE_BUDGET_MS", "500",
                "STAGESENSE_THREADS", "3");
        ServerOptions fromEnv = parse(env, Map.of());
        assertEquals("::1", fromEnv.host());
        assertEquals(9000, fromEnv.port());
        assertEquals(Path.of("/m"), fromEnv.models());
        assertTrue(fromEnv.modelsExplicit());
        assertEquals(Path.of("/t"), fromEnv.tokenFile());
        assertEquals(500, fromEnv.budgetMillis());
        assertEquals(3, fromEnv.threads());
        ServerOptions fromArgs = parse(env, Map.of(), "--port", "9100", "--models=/n", "--host", "127.0.0.2");
        assertEquals(9100, fromArgs.port());
        assertEquals(Path.of("/n"), fromArgs.models());
        assertEquals("127.0.0.2", fromArgs.host());
    }

    @Test
    void theLaunchersModelsDirectoryIsTheDefaultWhenItHasAManifest() throws Exception {
        Path installed = Files.createTempDirectory("models");
        Map<String, String> props = Map.of(ServerOptionsParser.DEFAULT_MODELS_PROPERTY, installed.toString());
        assertNull(parse(Map.of(), props).models(), "not trained yet: no manifest");
        Files.writeString(installed.resolve("manifest.json"), "{\"format\": 1, \"models\": []}");
        ServerOptions o = parse(Map.of(), props);
        assertEquals(installed, o.models());
        assertFalse(o.modelsExplicit());
    }

    @Test
    void badOptionsAreReported() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), Map.of(), "--port", "http"))
                .getMessage().contains("--port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), Map.of(), "--port", "70000"))
                .getMessage().contains("65535"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), Map.of(), "--colour", "red"))
                .getMessage().contains("--colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), Map.of(), "--models"))
                .getMessage().contains("needs a value"));
    }

    @Test
    void serveHelpDocumentsEveryOptionAndVariable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, MainAccess.runCapturingOut(new String[]{"serve", "--help"}, out));
        String help = out.toString();
        for (String word : new String[]{"--host", "--port", "--models", "--token-file", "--budget-ms", "--threads",
                "STAGESENSE_HOST", "STAGESENSE_PORT", "STAGESENSE_MODELS", "STAGESENSE_TOKEN_FILE",
                "STAGESENSE_BUDGET_MS", "STAGESENSE_THREADS", "XDG_CONFIG_HOME", "0600", "127.0.0.1"}) {
            assertTrue(help.contains(word), word + " missing from:\n" + help);
        }
    }

    @Test
    void aBadServeOptionIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, MainAccess.run(new String[]{"serve", "--port", "x"}, err));
        assertTrue(err.toString().contains("usage: stagesense serve"), err.toString());
    }
}
