package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import ai.stagesense.codeintel.docstring.DocOutline.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Google (napoleon) docstrings: "Section:" headers with entries indented below them. */
final class GoogleLayout implements DocLayout {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters|Returns|Return"
                    + "|Yields|Yield|Raises|Raise|Exceptions|Attributes|Example|Examples|Note|Notes|Todo|Warning"
                    + "|Warnings|Warns|See Also|References|Methods|Usage)\\s*:\\s*$");
    private static final Pattern PARAM = Pattern.compile(
            "^\\s*((?:\\\\?\\*){0,2})\\s*([A-Za-z_]\\w*)\\s*(?:\\(([^)]*)\\))?\\s*:(.*)$");
    private static final Pattern RAISE = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*:(.*)$");
    private static final Pattern TYPED_VALUE = Pattern.compile("^\\s*([\\w.\\[\\], |]+?)\\s*:\\s+(.*)$");

    @Override
    public DocOutline outline(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (!header.matches()) {
                i++;
                continue;
            }
            int headerWidth = LineText.width(lines.get(i));
            int j = i + 1;
            while (j < lines.size() && (LineText.blank(lines.get(j)) || LineText.width(lines.get(j)) > headerWidth)) {
                j++;
            }
            int end = LineText.trimEnd(lines, i + 1, j);
            GroupKind kind = kindOf(header.group(1));
            String entryIndent = end > i + 1 ? LineText.indent(lines.get(firstNonBlank(lines, i + 1, end)))
                    : LineText.indent(lines.get(i)) + "    ";
            groups.add(new Group(kind, i, end, entryIndent, entries(lines, kind, i + 1, end)));
            i = Math.max(j, i + 1);
        }
        return new DocOutline(lines, groups);
    }

    @Override
    public String rename(String line, String oldName, String newName) {
        Matcher m = PARAM.matcher(line);
        if (!m.matches() || !m.group(2).equals(oldName)) {
            return line;
        }
        return line.substring(0, m.start(2)) + newName + line.substring(m.end(2));
    }

    private static GroupKind kindOf(String header) {
        return switch (header.toLowerCase(Locale.ROOT)) {
            case "args", "arguments", "parameters", "params" -> GroupKind.PARAMS;
            case "keyword args", "keyword arguments", "other parameters" -> GroupKind.KEYWORDS;
            case "returns", "return" -> GroupKind.RETURNS;
            case "yields", "yield" -> GroupKind.YIELDS;
            case "raises", "raise", "exceptions" -> GroupKind.RAISES;
            default -> GroupKind.OTHER;
        };
    }

    private static int firstNonBlank(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!LineText.blank(lines.get(i))) {
                return i;
            }
        }
        return from;
    }

    /** Entries start at the section's entry indentation; deeper lines continue them. */
    private static List<Entry> entries(List<String> lines, GroupKind kind, int from, int to) {
        List<Entry> out = new ArrayList<>();
        if (kind == GroupKind.OTHER || from >= to) {
            return out;
        }
        if (kind == GroupKind.RETURNS || kind == GroupKind.YIELDS) {
            Matcher typed = TYPED_VALUE.matcher(lines.get(from));
            String type = typed.matches() ? typed.group(1) : null;
            String first = typed.matches() ? typed.group(2) : lines.get(from);
            out.add(new Entry(List.of(), List.of(new Span(from, to)), type,
                    LineText.joined(lines, from + 1, to, first)));
            return out;
        }
        int entryWidth = LineText.width(lines.get(firstNonBlank(lines, from, to)));
        for (Span span : LineText.entrySpans(lines, from, to, entryWidth)) {
            out.add(entry(lines, kind, span.start(), span.end()));
        }
        return out;
    }

    private static Entry entry(List<String> lines, GroupKind kind, int start, int end) {
        Span span = new Span(start, end);
        String line = lines.get(start);
        if (kind == GroupKind.RAISES) {
            Matcher m = RAISE.matcher(line);
            return m.matches()
                    ? new Entry(List.of(m.group(1)), List.of(span), null, LineText.joined(lines, start + 1, end,
                    m.group(2)))
                    : new Entry(List.of(), List.of(span), null, LineText.joined(lines, start, end, ""));
        }
        Matcher m = PARAM.matcher(line);
        if (!m.matches()) {
            return new Entry(List.of(), List.of(span), null, LineText.joined(lines, start, end, ""));
        }
        return new Entry(List.of(m.group(2)), List.of(span), LineText.typeOnly(m.group(3)),
                withoutDefault(LineText.joined(lines, start + 1, end, m.group(4))));
    }

    /** The renderer adds "Defaults to x." from the signature again; keeping the old one would say it twice. */
    static String withoutDefault(String description) {
        return description.replaceFirst("\\s*\\(?\\b[Dd]efaults? (?:to|is)\\b[^()]*\\)?\\.?$", "").strip();
    }
}
