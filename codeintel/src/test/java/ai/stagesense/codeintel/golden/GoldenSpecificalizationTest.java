package ai.stagesense.codeintel.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.codeintel.specificalization.RealizationContext;
import ai.stagesense.codeintel.specificalization.Specificalizer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Masked line + variables + aliases + template → the line a user would write (golden/specificalization.json). */
class GoldenSpecificalizationTest {

    @Test
    void theGoldenSetIsLargeEnough() throws IOException {
        assertTrue(GoldenFiles.array("specificalization.json").size() >= 25);
    }

    @TestFactory
    List<DynamicTest> goldenCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : GoldenFiles.array("specificalization.json")) {
            JsonObject c = element.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("id").getAsString(), () -> {
                RealizationContext context = new RealizationContext(GoldenFiles.map(c, "variables"),
                        GoldenFiles.map(c, "aliases"), GoldenFiles.strings(c.get("paths")),
                        GoldenFiles.strings(c.get("columns")));
                String actual = Specificalizer.realize(c.get("masked").getAsString(),
                        GoldenFiles.stringOrNull(c, "template"), context);
                assertEquals(c.get("expected").getAsString(), actual, c.get("masked").getAsString());
            }));
        }
        return tests;
    }
}
