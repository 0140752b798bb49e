package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where things are in an existing docstring's lines: its sections or field runs ("groups") and their entries, as
 * line indexes, so update mode can add or drop entries and leave every other line exactly as a person wrote it.
 */
record DocOutline(List<String> lines, List<Group> groups) {

    /** Lines [start, end) of the text; a header or field line first. */
    record Span(int start, int end) {
    }

    /**
     * One documented item.
     *
     * @param names       the parameter or exception names it documents (several for numpy's {@code x, y : int}),
     *                    without stars or escapes; empty when the entry could not be read
     * @param spans       its lines; reST and epytext have one span per field ({@code :param} and {@code :type}),
     *                    each starting with the line that names the item
     * @param type        the documented type, or null
     * @param description the documented text on one line, or ""
     */
    record Entry(List<String> names, List<Span> spans, String type, String description) {

        int start() {
            return spans.stream().mapToInt(Span::start).min().orElse(0);
        }

        int end() {
            return spans.stream().mapToInt(Span::end).max().orElse(0);
        }
    }

    /**
     * A section (header included) or a run of fields of one kind.
     *
     * @param start       first line
     * @param end         exclusive, trailing blank lines left out
     * @param entryIndent the indentation its entries use
     */
    record Group(GroupKind kind, int start, int end, String entryIndent, List<Entry> entries) {
    }

    DocOutline {
        lines = List.copyOf(lines);
        groups = List.copyOf(groups);
    }

    /** End of the description: the first line of the first group. */
    int introEnd() {
        return groups.stream().mapToInt(Group::start).min().orElse(lines.size());
    }

    List<Group> groups(GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }

    Optional<Group> first(GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst();
    }

    Optional<Entry> entry(GroupKind kind, String name) {
        for (Group g : groups(kind)) {
            for (Entry e : g.entries()) {
                if (e.names().contains(name)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Names documented by entries of the given kind, in order. */
    List<String> names(GroupKind kind) {
        List<String> out = new ArrayList<>();
        for (Group g : groups(kind)) {
            for (Entry e : g.entries()) {
                for (String n : e.names()) {
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }
}
