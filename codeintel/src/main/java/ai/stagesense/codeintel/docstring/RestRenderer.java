package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.List;

/**
 * reStructuredText info fields as Sphinx reads them ({@code :param x:}, {@code :type x:}, {@code :returns:},
 * {@code :rtype:}, {@code :raises X:}). Stars are escaped ({@code :param \*args:}) so that docutils does not take
 * them for emphasis, and defaults are inline literals for the same reason. Sphinx has no field for yielded values:
 * a generator's result is documented as what it returns, an iterator ({@code :returns:}/{@code :rtype:}), the way
 * pylint's docparams checker reads Sphinx docstrings.
 */
final class RestRenderer extends FieldListRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.REST;
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        String name = escapedStars(p);
        return typedField(indent, ":param " + name + ": ", p.description() + defaults(p.defaultValue()),
                ":type " + name + ": ", p.type() == null ? null : typeWithOptional(p));
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return typedField(indent, ":returns: ", v.description(), ":rtype: ", v.type());
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
        return List.of(indent + ":raises " + r.type() + ": " + r.description());
    }

    /**
     * {@code \*args} and {@code \**kwargs}: one backslash is enough for docutils (the second star cannot start
     * emphasis), and it is the spelling pylint's docparams checker also reads.
     */
    private static String escapedStars(ParamDoc p) {
        if (p.isVarPositional()) {
            return "\\*" + p.name();
        }
        return p.isVarKeyword() ? "\\**" + p.name() : p.name();
    }

    private static String defaults(String value) {
        if (value == null) {
            return "";
        }
        return value.contains("``") ? " Defaults to " + value + "." : " Defaults to ``" + value + "``.";
    }
}
