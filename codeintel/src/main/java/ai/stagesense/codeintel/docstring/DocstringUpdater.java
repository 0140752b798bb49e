package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import ai.stagesense.codeintel.docstring.DocOutline.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Update mode: brings an existing docstring in line with the signature while keeping what a person wrote. Only the
 * entries of parameters that appeared or disappeared change; a single parameter replaced by a single new one in the
 * same place is taken for a rename and keeps its description; entries the signature lacks stay when it has *args or
 * **kwargs (they may describe what goes into them); a missing Returns, Yields or Raises part is added when the code
 * now needs it. Every other line stays exactly as it was.
 *
 * <p>The outline is read again after each change rather than patched, so that line numbers never go stale.
 */
final class DocstringUpdater {

    private final StyleRenderer renderer;
    private final DocLayout layout;
    private final List<String> lines;

    DocstringUpdater(StyleRenderer renderer, DocLayout layout, List<String> existing) {
        this.renderer = renderer;
        this.layout = layout;
        this.lines = new ArrayList<>(existing);
    }

    /** The updated docstring lines. */
    List<String> update(DocContent wanted) {
        if (lines.stream().allMatch(String::isBlank)) {
            lines.clear();
            lines.addAll(wanted.intro());
        }
        syncParameters(wanted.params());
        DocOutline outline = layout.outline(lines);
        if (wanted.returns() != null && outline.first(GroupKind.RETURNS).isEmpty()) {
            insertGroup(GroupKind.RETURNS, renderer.returnsGroup(wanted.returns()));
        }
        outline = layout.outline(lines);
        if (wanted.yields() != null && outline.first(GroupKind.YIELDS).isEmpty()
                && outline.first(renderer.yieldsKind()).isEmpty()) {
            insertGroup(renderer.yieldsKind(), renderer.yieldsGroup(wanted.yields()));
        }
        addMissingRaises(wanted.raises());
        while (lines.size() > 1 && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        return lines;
    }

    private void syncParameters(List<ParamDoc> wanted) {
        List<String> wantedNames = wanted.stream().map(ParamDoc::name).toList();
        DocOutline outline = layout.outline(lines);
        List<String> documented = outline.names(GroupKind.PARAMS);
        Set<String> keywords = new HashSet<>(outline.names(GroupKind.KEYWORDS));
        // with *args or **kwargs, an entry the signature lacks may describe what goes into them: it stays
        boolean starred = wanted.stream().anyMatch(p -> p.isVarPositional() || p.isVarKeyword());
        List<String> removed = starred ? List.of()
                : documented.stream().filter(n -> !wantedNames.contains(n)).toList();
        List<ParamDoc> added = wanted.stream()
                .filter(p -> !documented.contains(p.name()) && !keywords.contains(p.name())).toList();
        if (removed.size() == 1 && added.size() == 1 && isRename(removed.get(0), added.get(0).name(), documented,
                wantedNames)) {
            rename(removed.get(0), added.get(0).name());
            return;
        }
        boolean emptied = false;
        for (String name : removed) {
            emptied |= remove(name);
        }
        if (emptied) {
            dropEmptyParameterSections();
        }
        for (ParamDoc p : added) {
            add(p, wanted);
        }
    }

    /**
     * A rename keeps its place: the documented parameters before the old name are the ones before the new name in
     * the signature. A new parameter elsewhere, or a star parameter, is an addition, not a rename.
     */
    private static boolean isRename(String oldName, String newName, List<String> documented, List<String> wanted) {
        if (wanted.indexOf(newName) < 0) {
            return false;
        }
        List<String> beforeOld = documented.subList(0, documented.indexOf(oldName));
        List<String> beforeNew = wanted.subList(0, wanted.indexOf(newName)).stream()
                .filter(documented::contains).toList();
        return beforeOld.equals(beforeNew);
    }

    private void rename(String oldName, String newName) {
        Optional<Entry> entry = layout.outline(lines).entry(GroupKind.PARAMS, oldName);
        entry.ifPresent(e -> e.spans().forEach(s ->
                lines.set(s.start(), layout.rename(lines.get(s.start()), oldName, newName))));
    }

    /** Removes a name's entry (or just the name, from an entry shared with others); true when an entry went. */
    private boolean remove(String name) {
        Optional<Entry> entry = layout.outline(lines).entry(GroupKind.PARAMS, name);
        if (entry.isEmpty()) {
            return false;
        }
        List<Span> spans = new ArrayList<>(entry.get().spans());
        spans.sort(Comparator.comparingInt(Span::start).reversed());
        boolean deleted = false;
        for (Span s : spans) {
            String shortened = layout.removeName(lines.get(s.start()), name);
            if (shortened == null) {
                lines.subList(s.start(), s.end()).clear();
                // the blank line that separated the entry from its neighbours would now double another one
                if (s.start() < lines.size() && lines.get(s.start()).isBlank()
                        && (s.start() == 0 || lines.get(s.start() - 1).isBlank())) {
                    lines.remove(s.start());
                }
                deleted = true;
            } else {
                lines.set(s.start(), shortened);
            }
        }
        return deleted;
    }

    /** A section whose last entry was removed would be a bare header: it goes too, with one blank separator. */
    private void dropEmptyParameterSections() {
        if (!renderer.sectioned()) {
            return;
        }
        for (Group g : layout.outline(lines).groups(GroupKind.PARAMS)) {
            boolean bodyBlank = lines.subList(g.start() + renderer.header(GroupKind.PARAMS).size(), g.end()).stream()
                    .allMatch(String::isBlank);
            if (g.entries().isEmpty() && bodyBlank) {
                int start = g.start();
                int end = g.end();
                if (start > 0 && lines.get(start - 1).isBlank()) {
                    start--;
                } else if (end < lines.size() && lines.get(end).isBlank()) {
                    end++;
                }
                lines.subList(start, end).clear();
                return;
            }
        }
    }

    /**
     * A named parameter goes after the entry of the nearest earlier documented one, else first; a star parameter
     * goes last ({@code *args} before a documented {@code **kwargs}), after any entries describing their contents.
     */
    private void add(ParamDoc p, List<ParamDoc> order) {
        DocOutline outline = layout.outline(lines);
        Optional<Group> group = outline.first(GroupKind.PARAMS);
        if (group.isEmpty()) {
            insertGroup(GroupKind.PARAMS, renderer.paramsGroup(List.of(p)));
            return;
        }
        List<String> entry = renderer.paramEntry(p, group.get().entryIndent());
        if (p.isVarPositional() || p.isVarKeyword()) {
            Optional<Entry> kwargs = order.stream().filter(ParamDoc::isVarKeyword).findFirst()
                    .filter(k -> p.isVarPositional())
                    .flatMap(k -> outline.entry(GroupKind.PARAMS, k.name()));
            lines.addAll(kwargs.map(Entry::start).orElse(group.get().end()), entry);
            return;
        }
        for (int i = order.indexOf(p) - 1; i >= 0; i--) {
            Optional<Entry> before = outline.entry(GroupKind.PARAMS, order.get(i).name());
            if (before.isPresent()) {
                lines.addAll(before.get().end(), entry);
                return;
            }
        }
        lines.addAll(group.get().entries().stream().mapToInt(Entry::start).min().orElse(group.get().end()), entry);
    }

    private void addMissingRaises(List<RaiseDoc> wanted) {
        DocOutline outline = layout.outline(lines);
        Set<String> documented = new HashSet<>();
        for (String name : outline.names(GroupKind.RAISES)) {
            documented.add(new RaiseDoc(name, "").simpleName());
        }
        List<RaiseDoc> missing = wanted.stream().filter(r -> !documented.contains(r.simpleName())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Optional<Group> group = outline.first(GroupKind.RAISES);
        if (group.isEmpty()) {
            insertGroup(GroupKind.RAISES, renderer.raisesGroup(missing));
            return;
        }
        List<String> entries = new ArrayList<>();
        missing.forEach(r -> entries.addAll(renderer.raiseEntry(r, group.get().entryIndent())));
        lines.addAll(group.get().end(), entries);
    }

    /**
     * Places a new part in the conventional order: after the last part that comes before it, else before the first
     * that comes after it, else before any unrecognised part, else at the end.
     */
    private void insertGroup(GroupKind kind, List<String> group) {
        DocOutline outline = layout.outline(lines);
        boolean blank = renderer.sectioned();
        Optional<Group> before = outline.groups().stream()
                .filter(g -> g.kind().known() && g.kind().order() < kind.order())
                .max(Comparator.comparingInt(Group::end));
        if (before.isPresent()) {
            lines.addAll(before.get().end(), blank ? withBlankBefore(group) : group);
            return;
        }
        Optional<Group> after = outline.groups().stream()
                .filter(g -> g.kind().known() && g.kind().order() > kind.order())
                .min(Comparator.comparingInt(Group::start));
        Optional<Group> other = outline.groups().stream().filter(g -> !g.kind().known())
                .min(Comparator.comparingInt(Group::start));
        Optional<Group> next = after.isPresent() ? after : other;
        if (next.isPresent()) {
            int at = next.get().start();
            List<String> block = new ArrayList<>(group);
            if (blank) {
                block.add("");
                if (at > 0 && !lines.get(at - 1).isBlank()) {
                    block.add(0, "");
                }
            } else if (!isField(lines.get(at))) {
                // a field list followed directly by a paragraph is a reST error: keep them apart
                block.add("");
            }
            lines.addAll(at, block);
            return;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        lines.addAll(withBlankBefore(group));
    }

    private static boolean isField(String line) {
        String s = line.stripLeading();
        return s.startsWith(":") || s.startsWith("@");
    }

    private List<String> withBlankBefore(List<String> group) {
        List<String> out = new ArrayList<>();
        if (!lines.isEmpty()) {
            out.add("");
        }
        out.addAll(group);
        return out;
    }
}
