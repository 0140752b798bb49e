package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * reStructuredText info fields as Sphinx reads them ({@code :param x:}, {@code :type x:}, {@code :returns:},
 * {@code :rtype:}, {@code :raises X:}). Stars are escaped ({@code :param \*args:}) so that docutils does not take
 * them for emphasis, and defaults are inline literals for the same reason. Sphinx has no field for yielded values:
 * a generator's result is documented as what it returns, an iterator ({@code :returns:}/{@code :rtype:}), the way
 * pylint's docparams checker reads Sphinx docstrings.
 */
final class RestRenderer extends StyleRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.REST;
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
        String name = escapedStars(p);
        List<String> out = new ArrayList<>();
        out.add(indent + ":param " + name + ": " + p.description() + defaults(p.defaultValue()));
        String type = p.type() == null ? null : typeWithOptional(p);
        if (type != null) {
            out.add(indent + ":type " + name + ": " + type);
        }
        return out;
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return field(indent, ":returns: ", ":rtype: ", v);
    }

    @Override
    List<String> yieldsEntry(ValueDoc v, String indent) {
        return field(indent, ":returns: ", ":rtype: ", v.asIterator());
    }

    @Override
    GroupKind yieldsKind() {
        return GroupKind.RETURNS;
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + ":raises " + r.type() + ": " + r.description());
    }

    private static List<String> field(String indent, String valueField, String typeField, ValueDoc v) {
        List<String> out = new ArrayList<>();
        out.add(indent + valueField + v.description());
        if (v.type() != null) {
            out.add(indent + typeField + v.type());
        }
        return out;
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
