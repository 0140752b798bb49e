package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;

/**
 * Styles written as one flat block of named fields instead of headed sections: reST, epytext and Javadoc. Every
 * field names itself ({@code :param x:}, {@code @return}), so there are no headers and no entry indentation.
 */
abstract class FieldListRenderer extends StyleRenderer {

    @Override
    final boolean sectioned() {
        return false;
    }

    @Override
    final String entryIndent() {
        return "";
    }

    @Override
    final List<String> header(GroupKind kind) {
        return List.of();
    }

    /**
     * A value field followed by its type field when the type is known, the pairing reST and epytext use for
     * parameters ({@code :param x: …} / {@code :type x: int}) and return values ({@code :returns: …} /
     * {@code :rtype: int}).
     */
    static List<String> typedField(String indent, String valueField, String text, String typeField, String type) {
        List<String> out = new ArrayList<>(2);
        out.add(indent + valueField + text);
        if (type != null) {
            out.add(indent + typeField + type);
        }
        return out;
    }
}
