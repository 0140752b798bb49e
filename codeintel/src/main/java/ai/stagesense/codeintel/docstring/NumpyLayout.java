package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import ai.stagesense.codeintel.docstring.DocOutline.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** numpydoc docstrings: section names underlined with dashes, entry lines at the section's indentation. */
final class NumpyLayout implements DocLayout {

    private static final Pattern UNDERLINE = Pattern.compile("^\\s*-{3,}\\s*$");
    private static final Pattern NAME = Pattern.compile("^(?:\\\\?\\*){0,2}[A-Za-z_]\\w*$");

    @Override
    public DocOutline outline(List<String> lines) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("-") && UNDERLINE.matcher(lines.get(i + 1)).matches()) {
                headers.add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int h = 0; h < headers.size(); h++) {
            int start = headers.get(h);
            int bodyEnd = h + 1 < headers.size() ? headers.get(h + 1) : lines.size();
            int end = LineText.trimEnd(lines, start + 2, bodyEnd);
            GroupKind kind = kindOf(lines.get(start).strip());
            String indent = LineText.indent(lines.get(start));
            groups.add(new Group(kind, start, end, indent, entries(lines, kind, start + 2, end,
                    LineText.width(lines.get(start)))));
        }
        return new DocOutline(lines, groups);
    }

    @Override
    public String rename(String line, String oldName, String newName) {
        int colon = line.indexOf(':');
        String names = colon < 0 ? line : line.substring(0, colon);
        return LineText.replaceWord(names, oldName, newName, false) + (colon < 0 ? "" : line.substring(colon));
    }

    @Override
    public String removeName(String line, String name) {
        int colon = line.indexOf(':');
        String names = colon < 0 ? line : line.substring(0, colon);
        List<String> kept = new ArrayList<>();
        for (String n : names.split(",")) {
            if (!LineText.bareName(n).equals(name)) {
                kept.add(n.strip());
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        String rest = colon < 0 ? "" : " " + line.substring(colon);
        return LineText.indent(line) + String.join(", ", kept) + rest;
    }

    private static GroupKind kindOf(String header) {
        return switch (header.toLowerCase(Locale.ROOT)) {
            case "parameters", "params", "arguments", "args" -> GroupKind.PARAMS;
            case "other parameters", "keyword arguments" -> GroupKind.KEYWORDS;
            case "returns", "return" -> GroupKind.RETURNS;
            case "yields", "yield" -> GroupKind.YIELDS;
            case "raises" -> GroupKind.RAISES;
            default -> GroupKind.OTHER;
        };
    }

    private static List<Entry> entries(List<String> lines, GroupKind kind, int from, int to, int headerWidth) {
        List<Entry> out = new ArrayList<>();
        if (kind == GroupKind.OTHER) {
            return out;
        }
        for (Span span : LineText.entrySpans(lines, from, to, headerWidth)) {
            out.add(entry(lines, kind, span.start(), span.end()));
        }
        return out;
    }

    private static Entry entry(List<String> lines, GroupKind kind, int start, int end) {
        List<Span> spans = List.of(new Span(start, end));
        String header = lines.get(start).strip();
        String description = LineText.joined(lines, start + 1, end, "");
        if (kind == GroupKind.RETURNS || kind == GroupKind.YIELDS) {
            int colon = header.indexOf(':');
            return new Entry(List.of(), spans, colon < 0 ? header : header.substring(colon + 1).strip(), description);
        }
        if (kind == GroupKind.RAISES) {
            return new Entry(List.of(header), spans, null, description);
        }
        int colon = header.indexOf(':');
        String namePart = colon < 0 ? header : header.substring(0, colon);
        List<String> names = new ArrayList<>();
        for (String n : namePart.split(",")) {
            if (NAME.matcher(n.strip()).matches()) {
                names.add(LineText.bareName(n));
            } else {
                return new Entry(List.of(), spans, null, description);
            }
        }
        String type = colon < 0 ? null : LineText.typeOnly(header.substring(colon + 1));
        return new Entry(names, spans, type, GoogleLayout.withoutDefault(description));
    }
}
