package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.List;

/**
 * numpydoc: underlined sections, {@code name : type, optional} lines with the description indented below. A return
 * value of unknown type is documented as {@code object}, because numpydoc reads the first line as the type.
 */
final class NumpyRenderer extends StyleRenderer {

    private static final String DESCRIPTION_INDENT = "    ";

    @Override
    DocstringStyle style() {
        return DocstringStyle.NUMPY;
    }

    @Override
    boolean sectioned() {
        return true;
    }

    @Override
    String entryIndent() {
        return "";
    }

    @Override
    List<String> header(GroupKind kind) {
        return switch (kind) {
            case PARAMS -> List.of("Parameters", "----------");
            case RETURNS -> List.of("Returns", "-------");
            case YIELDS -> List.of("Yields", "------");
            case RAISES -> List.of("Raises", "------");
            default -> List.of();
        };
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        String type = typeWithOptional(p);
        String defaults = p.defaultValue() == null ? "" : " Default is " + p.defaultValue() + ".";
        return List.of(indent + starred(p, "*") + (type == null ? "" : " : " + type),
                indent + DESCRIPTION_INDENT + p.description() + defaults);
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return List.of(indent + (v.type() == null ? "object" : v.type()),
                indent + DESCRIPTION_INDENT + v.description());
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + r.type(), indent + DESCRIPTION_INDENT + r.description());
    }
}
