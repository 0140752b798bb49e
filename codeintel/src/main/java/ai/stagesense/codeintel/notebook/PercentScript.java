package ai.stagesense.codeintel.notebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells of a Python script: percent format ({@code # %%}, {@code #%%}, {@code # %% [markdown]}, as written by
 * jupytext, VS Code and Spyder), nbconvert's {@code # In[3]:} markers, and sphinx-gallery examples. A script
 * without markers is a single code cell.
 */
final class PercentScript {

    private static final Pattern PERCENT = Pattern.compile("^#\\s*%%(?!%)(.*)$");
    private static final Pattern IN_PROMPT = Pattern.compile("^#\\s*In\\s*\\[[^\\]]*\\]\\s*:?\\s*$");
    private static final Pattern KIND = Pattern.compile("\\[(markdown|md|raw)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_LINE = Pattern.compile("^(?:#!.*|#.*coding[:=].*|\\s*)$");
    private static final Pattern LEADING_DOCSTRING = Pattern.compile(
            "\\A\\s*[rRuU]?(\"\"\"|''')(.*?)\\1[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern WHOLE_DOCSTRING = Pattern.compile(
            "\\A\\s*[rRuU]?(\"\"\"|''')(.*?)\\1\\s*\\z", Pattern.DOTALL);

    private record Segment(String kind, List<String> lines) {
    }

    private PercentScript() {
    }

    static List<Cell> cells(String text) {
        List<String> lines = Arrays.asList(text.split("\\r\\n|\\r|\\n", -1));
        List<Segment> segments = segments(lines);
        List<Cell> out = new ArrayList<>();
        if (segments.size() == 1) {
            add(out, Cell.CODE, trim(text.replaceAll("\\r\\n?", "\n")));
            return out;
        }
        Segment preamble = segments.get(0);
        String head = String.join("\n", dropHeaderLines(preamble.lines()));
        Matcher doc = LEADING_DOCSTRING.matcher(head);
        // sphinx-gallery examples open with a docstring and treat comment blocks after '# %%' as text
        boolean gallery = doc.lookingAt();
        if (gallery) {
            add(out, Cell.MARKDOWN, cleandoc(doc.group(2)));
            add(out, Cell.CODE, trim(head.substring(doc.end())));
        } else {
            add(out, Cell.CODE, trim(head));
        }
        for (Segment s : segments.subList(1, segments.size())) {
            addSegment(out, s, gallery);
        }
        return out;
    }

    /** The first segment holds what precedes the first marker; it has no kind. */
    private static List<Segment> segments(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(null, new ArrayList<>());
        segments.add(current);
        for (String line : lines) {
            Matcher percent = PERCENT.matcher(line);
            if (percent.matches() || IN_PROMPT.matcher(line).matches()) {
                Matcher kind = KIND.matcher(percent.matches() ? percent.group(1) : "");
                String k = !kind.find() ? Cell.CODE : kind.group(1).equalsIgnoreCase("raw") ? Cell.RAW : Cell.MARKDOWN;
                current = new Segment(k, new ArrayList<>());
                segments.add(current);
            } else {
                current.lines().add(line);
            }
        }
        return segments;
    }

    private static void addSegment(List<Cell> out, Segment s, boolean gallery) {
        String body = trim(String.join("\n", s.lines()));
        Matcher whole = WHOLE_DOCSTRING.matcher(body);
        if (!s.kind().equals(Cell.CODE)) {
            add(out, s.kind(), whole.matches() ? cleandoc(whole.group(2)) : uncomment(s.lines()));
        } else if (whole.matches()) {
            add(out, Cell.MARKDOWN, cleandoc(whole.group(2)));
        } else if (gallery) {
            int firstCode = leadingCommentEnd(s.lines());
            add(out, Cell.MARKDOWN, uncomment(s.lines().subList(0, firstCode)));
            add(out, Cell.CODE, trim(String.join("\n", s.lines().subList(firstCode, s.lines().size()))));
        } else {
            add(out, Cell.CODE, body);
        }
    }

    private static int leadingCommentEnd(List<String> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("#"))) {
            i++;
        }
        // blank lines after the comment block belong to neither; the code cell is trimmed anyway
        return i;
    }

    private static List<String> dropHeaderLines(List<String> lines) {
        int i = 0;
        while (i < lines.size() && HEADER_LINE.matcher(lines.get(i)).matches()) {
            i++;
        }
        return lines.subList(i, lines.size());
    }

    private static String uncomment(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = line.startsWith("# ") ? line.substring(2) : line.startsWith("#") ? line.substring(1) : line;
            sb.append(l).append('\n');
        }
        return trim(sb.toString());
    }

    private static void add(List<Cell> out, String kind, String source) {
        if (!source.isBlank()) {
            out.add(new Cell(out.size(), kind, source));
        }
    }

    /** Docstring text as Python's inspect.cleandoc gives it: first line stripped, the rest dedented. */
    static String cleandoc(String doc) {
        String[] lines = doc.split("\\r\\n|\\r|\\n", -1);
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                common = Math.min(common, lines[i].length() - lines[i].stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n').append(lines[i].isBlank() ? "" : lines[i].substring(common).stripTrailing());
        }
        return trim(sb.toString());
    }

    /** Drops blank lines at both ends and trailing whitespace at the end; keeps the first line's indentation. */
    static String trim(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        return first > last ? "" : String.join("\n", Arrays.copyOfRange(lines, first, last + 1)).stripTrailing();
    }
}
