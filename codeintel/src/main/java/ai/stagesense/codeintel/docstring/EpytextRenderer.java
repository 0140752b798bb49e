package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Epydoc's epytext fields: {@code @param x:}, {@code @type x:}, {@code @return:}, {@code @rtype:},
 * {@code @raise X:}. Epytext has no field for yielded values: a generator returns an iterator, documented with
 * {@code @return:}/{@code @rtype:}. Star parameters are named without stars, as epydoc matches them to the
 * signature by name.
 */
final class EpytextRenderer extends StyleRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.EPYTEXT;
    }

    @Override
    boolean sectioned() {
        return false;
    }

    @Override
    String entryIndent() {
        return "";
    }

    @Override
    List<String> header(GroupKind kind) {
        return List.of();
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        List<String> out = new ArrayList<>();
        String defaults = p.defaultValue() == null ? "" : " Defaults to " + p.defaultValue() + ".";
        out.add(indent + "@param " + p.name() + ": " + p.description() + defaults);
        if (p.type() != null) {
            out.add(indent + "@type " + p.name() + ": " + p.type());
        }
        return out;
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return field(indent, "@return: ", "@rtype: ", v);
    }

    @Override
    List<String> yieldsEntry(ValueDoc v, String indent) {
        return field(indent, "@return: ", "@rtype: ", v.asIterator());
    }

    @Override
    GroupKind yieldsKind() {
        return GroupKind.RETURNS;
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + "@raise " + r.type() + ": " + r.description());
    }

    private static List<String> field(String indent, String valueField, String typeField, ValueDoc v) {
        List<String> out = new ArrayList<>();
        out.add(indent + valueField + v.description());
        if (v.type() != null) {
            out.add(indent + typeField + v.type());
        }
        return out;
    }
}
