package ai.stagesense.intellij.core.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextReplacementTest {

    @Test
    void replacesTheRangeAndShifts() {
        TextReplacement r = new TextReplacement(2, 4, "XY");

        assertEquals("abXYef", r.applyTo("abcdef"));
        assertEquals(new TextReplacement(12, 14, "XY"), r.shiftedBy(10));
    }

    @Test
    void rejectsBadRanges() {
        assertThrows(IllegalArgumentException.class, () -> new TextReplacement(3, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new TextReplacement(-1, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new TextReplacement(0, 9, "").applyTo("short"));
    }
}
