package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import ai.stagesense.codeintel.docstring.DocOutline.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field-list docstrings: reST ({@code :param x: text}) and epytext ({@code @param x: text}). A field runs on over
 * its indented continuation lines; a parameter's {@code param} and {@code type} fields form one entry.
 */
final class FieldListLayout implements DocLayout {

    private final Pattern field;

    private FieldListLayout(char marker) {
        this.field = Pattern.compile("^" + Pattern.quote(String.valueOf(marker)) + "([A-Za-z]+)([^:]*):(.*)$");
    }

    static FieldListLayout rest() {
        return new FieldListLayout(':');
    }

    static FieldListLayout epytext() {
        return new FieldListLayout('@');
    }

    private record Field(String name, String args, String text, Span span) {
    }

    @Override
    public DocOutline outline(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        List<Span> strays = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher m = field.matcher(lines.get(i));
            if (!m.matches()) {
                if (!fields.isEmpty() && !LineText.blank(lines.get(i))) {
                    strays.add(new Span(i, i + 1));
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && !field.matcher(lines.get(j)).matches()
                    && (LineText.blank(lines.get(j)) || LineText.width(lines.get(j)) > 0)) {
                j++;
            }
            fields.add(new Field(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip(), m.group(3).strip(),
                    new Span(i, LineText.trimEnd(lines, i, j))));
            i = j;
        }
        return new DocOutline(lines, groups(lines, fields, strays));
    }

    @Override
    public String rename(String line, String oldName, String newName) {
        Matcher m = field.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String args = LineText.replaceWord(m.group(2), oldName, newName, true);
        return line.substring(0, m.start(2)) + args + line.substring(m.end(2));
    }

    private static GroupKind kindOf(String fieldName) {
        return switch (fieldName) {
            case "param", "parameter", "arg", "argument", "type" -> GroupKind.PARAMS;
            case "key", "keyword", "kwarg", "kwparam" -> GroupKind.KEYWORDS;
            case "returns", "return", "rtype" -> GroupKind.RETURNS;
            case "yields", "yield", "ytype" -> GroupKind.YIELDS;
            case "raises", "raise", "except", "exception" -> GroupKind.RAISES;
            default -> GroupKind.OTHER;
        };
    }

    private static List<Group> groups(List<String> lines, List<Field> fields, List<Span> strays) {
        Map<GroupKind, List<Field>> byKind = new LinkedHashMap<>();
        List<Group> out = new ArrayList<>();
        for (Field f : fields) {
            GroupKind kind = kindOf(f.name());
            if (kind == GroupKind.OTHER) {
                out.add(new Group(kind, f.span().start(), f.span().end(), "", List.of()));
            } else {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
            }
        }
        for (Span s : strays) {
            out.add(new Group(GroupKind.OTHER, s.start(), s.end(), "", List.of()));
        }
        byKind.forEach((kind, fs) -> {
            int start = fs.stream().mapToInt(f -> f.span().start()).min().orElse(0);
            int end = fs.stream().mapToInt(f -> f.span().end()).max().orElse(0);
            out.add(new Group(kind, start, end, "", entries(lines, kind, fs)));
        });
        out.sort(java.util.Comparator.comparingInt(Group::start));
        return out;
    }

    private static List<Entry> entries(List<String> lines, GroupKind kind, List<Field> fields) {
        if (kind == GroupKind.RETURNS || kind == GroupKind.YIELDS) {
            String type = null;
            String description = "";
            List<Span> spans = new ArrayList<>();
            for (Field f : fields) {
                spans.add(f.span());
                String text = LineText.joined(lines, f.span().start() + 1, f.span().end(), f.text());
                if (f.name().endsWith("type")) {
                    type = text;
                } else {
                    description = text;
                }
            }
            return List.of(new Entry(List.of(), spans, type, description));
        }
        if (kind == GroupKind.RAISES || kind == GroupKind.KEYWORDS) {
            List<Entry> out = new ArrayList<>();
            for (Field f : fields) {
                out.add(new Entry(f.args().isEmpty() ? List.of() : List.of(LineText.bareName(f.args())),
                        List.of(f.span()), null,
                        LineText.joined(lines, f.span().start() + 1, f.span().end(), f.text())));
            }
            return out;
        }
        return parameterEntries(lines, fields);
    }

    /** {@code :param int x:} carries its type inline; {@code :type x:} may come before or after its param. */
    private static List<Entry> parameterEntries(List<String> lines, List<Field> fields) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Field f : fields) {
            String text = LineText.joined(lines, f.span().start() + 1, f.span().end(), f.text());
            String args = f.args();
            int space = args.lastIndexOf(' ');
            String name = LineText.bareName(space < 0 ? args : args.substring(space + 1));
            if (name.isEmpty()) {
                continue;
            }
            spans.computeIfAbsent(name, n -> new ArrayList<>()).add(f.span());
            if (f.name().equals("type")) {
                types.put(name, LineText.typeOnly(text));
            } else {
                descriptions.put(name, GoogleLayout.withoutDefault(text));
                if (space > 0) {
                    types.putIfAbsent(name, LineText.typeOnly(args.substring(0, space)));
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        spans.forEach((name, s) -> out.add(new Entry(List.of(name), s, types.get(name),
                descriptions.getOrDefault(name, ""))));
        return out;
    }
}
