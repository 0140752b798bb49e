package ai.stagesense.intellij.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.stagesense.intellij.core.api.CompletionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionRequestsTest {

    @Test
    void mapsTheViewOntoTheContract() {
        CellView view = CellView.ofCells(List.of("import pandas as pd", "df = pd."), 1, 8);

        CompletionRequest request = CompletionRequests.of(view, Language.PYTHON, 4);

        assertEquals(new CompletionRequest("df = pd.", "", List.of("import pandas as pd"), "python", 4), request);
    }

    @Test
    void anEmptyCellHasAnEmptyPrefixAndTheContext() {
        CellView view = CellView.ofCells(List.of("import pandas as pd", ""), 1, 0);

        CompletionRequest request = CompletionRequests.of(view, Language.PYTHON, 3);

        assertEquals("", request.prefix());
        assertEquals(List.of("import pandas as pd"), request.context());
    }

    @Test
    void hugePrefixKeepsItsEndFromALineStart() {
        String line = "x = 1  # " + "y".repeat(90) + "\n";
        String prefix = line.repeat(3000) + "df.";

        String kept = CompletionRequests.keepEnd(prefix);

        assertTrue(kept.length() <= CompletionRequests.MAX_PART_CHARS);
        assertTrue(kept.endsWith("df."));
        assertTrue(kept.startsWith("x = 1"), "cut at a line start");
    }

    @Test
    void hugeSuffixKeepsItsStartUpToALineEnd() {
        String suffix = ("print(2)\n").repeat(20_000);

        String kept = CompletionRequests.keepStart(suffix);

        assertTrue(kept.length() <= CompletionRequests.MAX_PART_CHARS);
        assertTrue(kept.endsWith("print(2)\n"));
    }

    @Test
    void contextKeepsTheMostRecentCellsWholeAndInOrder() {
        String big = "a".repeat(CompletionRequests.MAX_PART_CHARS / 2 + 1);
        List<String> cells = List.of("first", big, big + "b", "last");

        List<String> kept = CompletionRequests.recentCells(cells);

        assertEquals(List.of(big + "b", "last"), kept);
    }

    @Test
    void smallPartsAreUntouched() {
        assertEquals("abc", CompletionRequests.keepEnd("abc"));
        assertEquals("abc", CompletionRequests.keepStart("abc"));
        assertEquals(List.of("a", "b"), CompletionRequests.recentCells(List.of("a", "b")));
    }
}
