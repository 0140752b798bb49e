package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.codeintel.functions.DocstringStyles;
import ai.stagesense.codeintel.functions.FunctionInfo;
import java.util.List;

/**
 * Which style to write: Javadoc for Java; for Python the requested one, else the style of the docstring being
 * updated, else the style most docstrings in the code already use, else google.
 */
final class StyleChoice {

    private StyleChoice() {
    }

    static DocstringStyle resolve(boolean java, DocstringStyle requested, FunctionInfo target,
                                  List<FunctionInfo> all) {
        if (java) {
            return DocstringStyle.JAVADOC;
        }
        if (requested == DocstringStyle.JAVADOC || requested == DocstringStyle.PLAIN) {
            throw new IllegalArgumentException("style " + requested.id()
                    + " is not a Python docstring style (use google, numpy, rest or epytext)");
        }
        if (requested != null) {
            return requested;
        }
        if (target.docstring() != null && target.docstring().style() != DocstringStyle.PLAIN
                && target.docstring().style() != DocstringStyle.JAVADOC) {
            return target.docstring().style();
        }
        DocstringStyle dominant = DocstringStyles.dominant(all.stream()
                .map(f -> f.docstring() == null ? null : f.docstring().style())
                .filter(s -> s != DocstringStyle.JAVADOC)
                .toList());
        return dominant == null ? DocstringStyle.GOOGLE : dominant;
    }
}
