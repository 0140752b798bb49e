package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.docstring.DocOutline.Entry;
import ai.stagesense.codeintel.docstring.DocOutline.Group;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Carries a docstring's human text over to another style when a caller asks for a style other than the one the
 * docstring is written in: the description, each parameter's, return's and exception's text move to their
 * counterparts; parts the new style has no place for (examples, notes, keyword sections) are kept verbatim at the end.
 */
final class DocstringConverter {

    private DocstringConverter() {
    }

    static DocContent merge(DocOutline old, DocContent wanted) {
        List<String> intro = trimmed(old.lines().subList(0, old.introEnd()));
        if (intro.isEmpty()) {
            intro = wanted.intro();
        }
        List<ParamDoc> params = new ArrayList<>();
        for (ParamDoc p : wanted.params()) {
            Optional<Entry> e = old.entry(GroupKind.PARAMS, p.name());
            ParamDoc merged = p;
            if (e.isPresent() && !e.get().description().isBlank()) {
                merged = merged.withDescription(e.get().description());
            }
            if (merged.type() == null && e.isPresent() && e.get().type() != null) {
                merged = merged.withType(e.get().type());
            }
            params.add(merged);
        }
        return new DocContent(intro, params, value(old, GroupKind.RETURNS, wanted.returns()),
                value(old, GroupKind.YIELDS, wanted.yields()), raises(old, wanted.raises()), extra(old));
    }

    /** A documented value is kept even when the code does not show it (it may come from a callee). */
    private static ValueDoc value(DocOutline old, GroupKind kind, ValueDoc wanted) {
        Optional<Entry> e = old.first(kind).flatMap(g -> g.entries().stream().findFirst());
        if (e.isEmpty()) {
            return wanted;
        }
        String type = wanted != null && wanted.type() != null ? wanted.type() : e.get().type();
        String description = e.get().description().isBlank() && wanted != null ? wanted.description()
                : e.get().description();
        return new ValueDoc(type, description, wanted == null ? null : wanted.generatorType());
    }

    private static List<RaiseDoc> raises(DocOutline old, List<RaiseDoc> wanted) {
        List<RaiseDoc> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Group g : old.groups(GroupKind.RAISES)) {
            for (Entry e : g.entries()) {
                for (String name : e.names()) {
                    RaiseDoc r = new RaiseDoc(name, e.description());
                    if (seen.add(r.simpleName())) {
                        String fallback = wanted.stream().filter(w -> w.simpleName().equals(r.simpleName()))
                                .map(RaiseDoc::description).findFirst().orElse("");
                        out.add(e.description().isBlank() ? new RaiseDoc(name, fallback) : r);
                    }
                }
            }
        }
        for (RaiseDoc r : wanted) {
            if (seen.add(r.simpleName())) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> extra(DocOutline old) {
        List<String> out = new ArrayList<>();
        for (Group g : old.groups()) {
            if (g.kind() == GroupKind.OTHER || g.kind() == GroupKind.KEYWORDS) {
                if (!out.isEmpty()) {
                    out.add("");
                }
                out.addAll(old.lines().subList(g.start(), g.end()));
            }
        }
        return out;
    }

    private static List<String> trimmed(List<String> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return new ArrayList<>(lines.subList(start, end));
    }
}
