package ai.stagesense.codeintel.docstring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function of each golden input documented in each style, compared with the reviewed expected file
 * ({@code loaders.google.py}, {@code Inventory.javadoc.java}). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
class GoldenDocstringsTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    List<DynamicTest> pythonStyles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String input : DocstringFixtures.PYTHON_INPUTS) {
            for (DocstringStyle style : DocstringFixtures.PYTHON_STYLES) {
                tests.add(DynamicTest.dynamicTest(input + " " + style.id(),
                        () -> check(input, "python", style)));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> javadoc() {
        return DocstringFixtures.JAVA_INPUTS.stream()
                .map(input -> DynamicTest.dynamicTest(input, () -> check(input, "java", DocstringStyle.JAVADOC)))
                .toList();
    }

    private static void check(String input, String language, DocstringStyle style) throws IOException {
        String actual = DocstringFixtures.documentAll(DocstringFixtures.resource(input), language, style);
        String expectedName = DocstringFixtures.expectedName(input, style.id());
        if (UPDATE) {
            Files.writeString(Path.of("src/test/resources", DocstringFixtures.GOLDEN_DIR, expectedName), actual,
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(DocstringFixtures.resource(expectedName), actual, expectedName);
    }
}
