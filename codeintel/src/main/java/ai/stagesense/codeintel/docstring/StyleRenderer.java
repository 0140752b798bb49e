package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes docstring text in one style. Entries and sections are rendered separately so that update mode can add one
 * entry to a docstring a person wrote, in that docstring's own style, without rewriting the rest. Lines carry no
 * indentation of their own: placing them in the source is the edit's job.
 */
abstract class StyleRenderer {

    abstract DocstringStyle style();

    /** Sections separated by blank lines (google, numpy), or one contiguous field block (reST, epytext, Javadoc). */
    abstract boolean sectioned();

    /** Indentation of entries under a section header, in the style's usual layout. */
    abstract String entryIndent();

    /** The header lines of a section; empty for field-list styles, whose fields carry their own names. */
    abstract List<String> header(GroupKind kind);

    abstract List<String> paramEntry(ParamDoc p, String indent);

    abstract List<String> returnsEntry(ValueDoc v, String indent);

    /** Yielded values are written like returned ones unless the style says otherwise. */
    List<String> yieldsEntry(ValueDoc v, String indent) {
        return returnsEntry(v, indent);
    }

    abstract List<String> raiseEntry(RaiseDoc r, String indent);

    /** The part a generator's values are documented in: YIELDS, or RETURNS where the style has no yields field. */
    GroupKind yieldsKind() {
        return GroupKind.YIELDS;
    }

    final List<String> paramsGroup(List<ParamDoc> params) {
        List<String> out = new ArrayList<>(header(GroupKind.PARAMS));
        params.forEach(p -> out.addAll(paramEntry(p, entryIndent())));
        return out;
    }

    final List<String> returnsGroup(ValueDoc v) {
        List<String> out = new ArrayList<>(header(GroupKind.RETURNS));
        out.addAll(returnsEntry(v, entryIndent()));
        return out;
    }

    final List<String> yieldsGroup(ValueDoc v) {
        List<String> out = new ArrayList<>(header(yieldsKind()));
        out.addAll(yieldsEntry(v, entryIndent()));
        return out;
    }

    final List<String> raisesGroup(List<RaiseDoc> raises) {
        List<String> out = new ArrayList<>(header(GroupKind.RAISES));
        raises.forEach(r -> out.addAll(raiseEntry(r, entryIndent())));
        return out;
    }

    /** The whole docstring: description, then parameters, returns or yields, raises, then any verbatim extra. */
    final List<String> render(DocContent c) {
        List<String> out = new ArrayList<>(c.intro());
        List<List<String>> groups = new ArrayList<>();
        if (!c.params().isEmpty()) {
            groups.add(paramsGroup(c.params()));
        }
        if (c.returns() != null) {
            groups.add(returnsGroup(c.returns()));
        }
        if (c.yields() != null) {
            groups.add(yieldsGroup(c.yields()));
        }
        if (!c.raises().isEmpty()) {
            groups.add(raisesGroup(c.raises()));
        }
        for (int i = 0; i < groups.size(); i++) {
            if (sectioned() || i == 0) {
                out.add("");
            }
            out.addAll(groups.get(i));
        }
        if (!c.extra().isEmpty()) {
            out.add("");
            out.addAll(c.extra());
        }
        return out;
    }

    /** How a star parameter is written when the style shows stars: {@code *args}, {@code **kwargs}. */
    static String starred(ParamDoc p, String star) {
        if (p.isVarPositional()) {
            return star + p.name();
        }
        if (p.isVarKeyword()) {
            return star + star + p.name();
        }
        return p.name();
    }

    /** The type with ", optional" for a parameter that has a default; "optional" alone when the type is unknown. */
    static String typeWithOptional(ParamDoc p) {
        if (!p.isOptional()) {
            return p.type();
        }
        return p.type() == null ? "optional" : p.type() + ", optional";
    }
}
