package ai.stagesense.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String fixture() throws URISyntaxException {
        return Path.of(MainTest.class.getResource("/cli/small.ipynb").toURI()).toString();
    }

    @Test
    void maskPrintsEachCellsMaskedLinesAndVariables() throws Exception {
        assertEquals(0, run("mask", fixture()));
        JsonObject result = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray cells = result.getAsJsonArray("cells");
        assertEquals(2, cells.size(), "markdown cells are not code");
        assertEquals("[\"import_pandas\",\"%matplotlib\",\"var0=pandas.read_csv\"]",
                cells.get(0).getAsJsonObject().get("masked").toString());
        JsonObject second = cells.get(1).getAsJsonObject();
        assertEquals("[\"var0.head\",\"var0[].fillna\",\"def_clean\",\"return_var1.dropna\"]",
                second.get("masked").toString());
        assertEquals("{\"var0\":\"train_df\",\"var1\":\"df\",\"var2\":\"cols\"}", second.get("variables").toString());
        assertFalse(second.getAsJsonArray("diagnostics").isEmpty(), "the unfinished call is diagnosed");
        assertEquals("pandas", result.getAsJsonObject("aliases").get("pd").getAsString());
    }

    @Test
    void parseReportsDiagnosticsAndFunctions() throws Exception {
        assertEquals(0, run("parse", fixture()));
        JsonObject result = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject second = result.getAsJsonArray("cells").get(1).getAsJsonObject();
        assertFalse(second.get("ok").getAsBoolean());
        JsonObject clean = second.getAsJsonArray("functions").get(0).getAsJsonObject();
        assertEquals("clean", clean.get("name").getAsString());
        assertEquals(List.of("df", "cols"), clean.getAsJsonArray("parameters").asList().stream()
                .map(p -> p.getAsJsonObject().get("name").getAsString()).toList());
    }

    @Test
    void badArgumentsGiveUsageAndExitCode2() {
        assertEquals(2, run("mask"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: stagesense mask FILE"));
        assertEquals(2, run("mask", "/no/such/file.ipynb"));
        assertEquals(2, run("frobnicate"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench-parse"));
    }
}
