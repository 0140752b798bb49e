package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.List;

/** Google style as sphinx.ext.napoleon reads it: {@code sep (str, optional): Field separator. Defaults to ",".} */
final class GoogleRenderer extends StyleRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.GOOGLE;
    }

    @Override
    boolean sectioned() {
        return true;
    }

    @Override
    String entryIndent() {
        return "    ";
    }

    @Override
    List<String> header(GroupKind kind) {
        return switch (kind) {
            case PARAMS -> List.of("Args:");
            case RETURNS -> List.of("Returns:");
            case YIELDS -> List.of("Yields:");
            case RAISES -> List.of("Raises:");
            default -> List.of();
        };
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        String type = typeWithOptional(p);
        String defaults = p.defaultValue() == null ? "" : " Defaults to " + p.defaultValue() + ".";
        return List.of(indent + starred(p, "*") + (type == null ? "" : " (" + type + ")") + ": " + p.description()
                + defaults);
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return List.of(indent + (v.type() == null ? "" : v.type() + ": ") + v.description());
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + r.type() + ": " + r.description());
    }
}
