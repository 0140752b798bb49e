package ai.stagesense.intellij.core.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells of a "percent" script ({@code # %%} / {@code #%%} marker lines), the text form in which PyCharm, VS Code and
 * jupytext present notebooks, so an IDE editor showing one gives us the cells to use as context.
 */
public final class PercentCells {

    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*#[ \\t]*%%(.*)$");

    private PercentCells() {
    }

    public static boolean hasMarkers(String text) {
        return MARKER.matcher(text).find();
    }

    /**
     * The cells in document order. Text before the first marker is a code cell of its own (imports often sit there);
     * a marker whose tail mentions markdown or raw ({@code # %% [markdown]}, {@code #%% md}) starts a non-code cell.
     */
    public static List<TextCell> split(String text) {
        List<TextCell> cells = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        int contentStart = 0;
        boolean code = true;
        while (marker.find()) {
            if (marker.start() > 0 || contentStart > 0) {
                cells.add(new TextCell(contentStart, marker.start(), code));
            }
            code = !isTextCell(marker.group(1));
            contentStart = lineEndAfter(text, marker.end());
        }
        cells.add(new TextCell(contentStart, text.length(), code));
        return cells;
    }

    private static boolean isTextCell(String markerTail) {
        String tail = markerTail.toLowerCase(Locale.ROOT);
        return tail.contains("markdown") || tail.contains("[md]") || tail.strip().startsWith("md")
                || tail.contains("[raw]");
    }

    private static int lineEndAfter(String text, int markerEnd) {
        if (markerEnd < text.length() && text.charAt(markerEnd) == '\r') {
            markerEnd++;
        }
        return markerEnd < text.length() && text.charAt(markerEnd) == '\n' ? markerEnd + 1 : markerEnd;
    }
}
