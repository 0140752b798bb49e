package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import java.util.List;

/**
 * Javadoc block tags in the order doclint and the JDK use: {@code @param} (type parameters as {@code <T>}),
 * {@code @return} (never for void methods or constructors), {@code @throws}.
 */
final class JavadocRenderer extends FieldListRenderer {

    @Override
    DocstringStyle style() {
        return DocstringStyle.JAVADOC;
    }

    @Override
    List<String> paramEntry(ParamDoc p, String indent) {
        return List.of(indent + "@param " + p.name() + " " + p.description());
    }

    @Override
    List<String> returnsEntry(ValueDoc v, String indent) {
        return List.of(indent + "@return " + v.description());
    }

    /** Java has no generators; nothing to write. */
    @Override
    List<String> yieldsEntry(ValueDoc v, String indent) {
        return List.of();
    }

    @Override
    List<String> raiseEntry(RaiseDoc r, String indent) {
        return List.of(indent + "@throws " + r.type() + " " + r.description());
    }
}
