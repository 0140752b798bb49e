package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import ai.stagesense.codeintel.docstring.DocOutline.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Javadoc block tags: everything from the first line starting with {@code @tag} belongs to tags, and a tag runs
 * until the next one (continuation lines need no indentation in Javadoc).
 */
final class JavadocLayout implements DocLayout {

    private static final Pattern TAG = Pattern.compile("^\\s*@([A-Za-z]+)(?:\\s+(.*))?$");
    private static final Pattern PARAM_NAME = Pattern.compile("^(@param\\s+)(\\S+)");

    @Override
    public DocOutline outline(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        List<Entry> params = new ArrayList<>();
        List<Entry> raises = new ArrayList<>();
        List<Entry> returns = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher m = TAG.matcher(lines.get(i));
            if (!m.matches()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && !TAG.matcher(lines.get(j)).matches()) {
                j++;
            }
            Span span = new Span(i, LineText.trimEnd(lines, i, j));
            String tag = m.group(1);
            String rest = m.group(2) == null ? "" : m.group(2).strip();
            String first = rest.isEmpty() ? "" : rest.split("\\s+", 2)[0];
            String afterFirst = rest.length() > first.length() ? rest.substring(first.length()) : "";
            switch (tag) {
                case "param" -> params.add(new Entry(first.isEmpty() ? List.of() : List.of(first), List.of(span), null,
                        LineText.joined(lines, i + 1, span.end(), afterFirst)));
                case "throws", "exception" -> raises.add(new Entry(first.isEmpty() ? List.of() : List.of(first),
                        List.of(span), null, LineText.joined(lines, i + 1, span.end(), afterFirst)));
                case "return", "returns" -> returns.add(new Entry(List.of(), List.of(span), null,
                        LineText.joined(lines, i + 1, span.end(), rest)));
                default -> groups.add(new Group(GroupKind.OTHER, span.start(), span.end(), "", List.of()));
            }
            i = j;
        }
        addGroup(groups, GroupKind.PARAMS, params);
        addGroup(groups, GroupKind.RETURNS, returns);
        addGroup(groups, GroupKind.RAISES, raises);
        groups.sort(java.util.Comparator.comparingInt(Group::start));
        return new DocOutline(lines, groups);
    }

    @Override
    public String rename(String line, String oldName, String newName) {
        Matcher m = PARAM_NAME.matcher(line.stripLeading());
        if (!m.find() || !m.group(2).equals(oldName)) {
            return line;
        }
        String indent = LineText.indent(line);
        return indent + m.group(1) + newName + line.stripLeading().substring(m.end(2));
    }

    private static void addGroup(List<Group> groups, GroupKind kind, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int start = entries.stream().mapToInt(Entry::start).min().orElse(0);
        int end = entries.stream().mapToInt(Entry::end).max().orElse(0);
        groups.add(new Group(kind, start, end, "", entries));
    }
}
