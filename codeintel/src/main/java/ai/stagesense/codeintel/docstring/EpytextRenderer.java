package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.List;

/**
 * Epydoc's epytext fields: {@code @param x:}, {@code @type x:}, {@code @return:}, {@code @rtype:},
 * {@code @raise X:}. Epytext has no field for yielded values: a generator returns an iterator, documented with
 * {@code @return:}/{@code @rtype:}. Star parameters are named without stars, as epydoc matches them to the
 * signature by name.
 */
final class EpytextRenderer extends FieldListRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.EPYTEXT;
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        String defaults = p.defaultValue() == null ? "" : " Defaults to " + p.defaultValue() + ".";
        return typedField(indent, "@param " + p.name() + ": ", p.description() + defaults, "@type " + p.name() + ": ",
                p.type());
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return typedField(indent, "@return: ", v.description(), "@rtype: ", v.type());
    }

    @Override
    List<String> yieldsEntry(ValueDoc v, String indent) {
        return returnsEntry(v.asIterator(), indent);
    }

    @Override
    GroupKind yieldsKind() {
        return GroupKind.RETURNS;
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + "@raise " + r.type() + ": " + r.description());
    }
}
