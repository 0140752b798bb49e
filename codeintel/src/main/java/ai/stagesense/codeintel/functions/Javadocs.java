package ai.stagesense.codeintel.functions;

import java.util.ArrayList;
import java.util.List;

/** Turns the inside of a Javadoc comment into plain text, the form docstring features compare against. */
final class Javadocs {

    private Javadocs() {
    }

    /**
     * @param content the comment without its opening {@code /**} and closing {@code *}{@code /}
     * @return the text without each line's leading {@code *}, common indentation removed, outer blank lines dropped
     */
    static String clean(String content) {
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\\r\\n|\\r|\\n", -1)) {
            String stripped = line.stripLeading();
            lines.add(stripped.startsWith("*") ? stripped.substring(1) : line);
        }
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(common).stripTrailing()).append('\n');
        }
        return stripBlankLines(out.toString());
    }

    private static String stripBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        return first > last ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, first, last + 1));
    }
}
