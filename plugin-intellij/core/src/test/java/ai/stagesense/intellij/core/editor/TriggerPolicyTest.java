package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerPolicyTest {

    private static boolean python(String text, int caret) {
        return TriggerPolicy.shouldRequest(CellView.ofDocument(text, caret).orElseThrow(), Language.PYTHON);
    }

    @Test
    void requestsAtTheEndOfALineOrOnAnEmptyLine() {
        assertTrue(python("import pandas as pd\ndf = pd.", 27));
        assertTrue(python("import pandas as pd\n", 20));
        assertTrue(python("x = f(\n)", 6));
    }

    @Test
    void notInsideAWord() {
        assertFalse(python("df.head()", 4));
        assertTrue(python("df.head()", 8), "before a closing bracket is fine");
    }

    @Test
    void notInALineComment() {
        assertFalse(python("x = 1  # load the ", 18));
        assertTrue(python("s = '# not a comment' ", 22));
        assertTrue(python("s = \"a\\\"#\" ", 11), "escaped quote keeps the string open");
        assertFalse(TriggerPolicy.shouldRequest(CellView.ofDocument("int x = 1; // then ", 19).orElseThrow(),
                Language.JAVA));
        assertTrue(TriggerPolicy.shouldRequest(CellView.ofDocument("String u = \"http://x\"; ", 23).orElseThrow(),
                Language.JAVA));
    }

    @Test
    void anEmptyCellNeedsContext() {
        assertFalse(python("", 0));
        assertFalse(python("   \n", 4));
        assertTrue(TriggerPolicy.shouldRequest(CellView.ofCells(List.of("import numpy as np", ""), 1, 0),
                Language.PYTHON));
    }
}
