package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;

/** Docstring text as a Javadoc comment: {@code /**}, one {@code  * } line per text line, {@code  * /}. */
final class JavadocComment {

    private JavadocComment() {
    }

    /** The comment's lines; the first without indentation (it goes where the declaration or the old comment is). */
    static List<String> lines(List<String> text, String indent) {
        List<String> out = new ArrayList<>();
        out.add("/**");
        for (String line : text) {
            // "*/" inside the text would end the comment early; the entity renders the same in the generated HTML
            out.add(line.isEmpty() ? indent + " *" : indent + " * " + line.replace("*/", "*&#47;"));
        }
        out.add(indent + " */");
        return out;
    }
}
