package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers over docstring lines shared by the layouts. */
final class LineText {

    private LineText() {
    }

    static String indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /** Indentation width with tabs to the next multiple of 8, as Python's cleandoc counts it. */
    static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w += 8 - w % 8;
            } else {
                break;
            }
        }
        return w;
    }

    static boolean blank(String line) {
        return line.isBlank();
    }

    /** The end of [start, end) with trailing blank lines left out. */
    static int trimEnd(List<String> lines, int start, int end) {
        int e = end;
        while (e > start && lines.get(e - 1).isBlank()) {
            e--;
        }
        return e;
    }

    /**
     * The entries of an indented section body [from, to): each starts at a non-blank line indented no deeper than
     * {@code entryWidth} and runs on over deeper lines (google and numpy entries continue this way); trailing blank
     * lines are not part of an entry, and lines before the first entry start belong to none.
     */
    static List<DocOutline.Span> entrySpans(List<String> lines, int from, int to, int entryWidth) {
        List<DocOutline.Span> out = new ArrayList<>();
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean boundary = i == to || (!blank(lines.get(i)) && width(lines.get(i)) <= entryWidth);
            if (boundary && start >= 0) {
                out.add(new DocOutline.Span(start, trimEnd(lines, start, i)));
            }
            if (boundary) {
                start = i;
            }
        }
        return out;
    }

    /** Stripped lines joined with single spaces: an entry's text on one line. */
    static String joined(List<String> lines, int start, int end, String firstLineRest) {
        StringBuilder out = new StringBuilder(firstLineRest == null ? "" : firstLineRest.strip());
        for (int i = start; i < end; i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(s);
            }
        }
        return out.toString();
    }

    /** A documented name without stars or their reST escapes: {@code \*\*kwargs} → {@code kwargs}. */
    static String bareName(String name) {
        return name.strip().replace("\\", "").replaceFirst("^\\*+", "");
    }

    /** Replaces the last whole-word occurrence of a name (stars before it are not part of the word). */
    static String replaceWord(String text, String oldName, String newName, boolean last) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(oldName) + "(?![\\w$])").matcher(text);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
            if (!last) {
                break;
            }
        }
        return start < 0 ? text : text.substring(0, start) + newName + text.substring(end);
    }

    /** A documented type without the "optional" marker: what the type itself is. */
    static String typeOnly(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip().replaceFirst("(?:,\\s*)?\\boptional$", "").strip();
        t = t.replaceFirst(",\\s*default.*$", "").strip();
        return t.isEmpty() ? null : t;
    }
}
