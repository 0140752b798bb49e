package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;

/** The renderer and the layout reader of each style StageSense writes. */
final class StyleSupport {

    private StyleSupport() {
    }

    static StyleRenderer renderer(DocstringStyle style) {
        return switch (style) {
            case GOOGLE -> new GoogleRenderer();
            case NUMPY -> new NumpyRenderer();
            case REST -> new RestRenderer();
            case EPYTEXT -> new EpytextRenderer();
            case JAVADOC -> new JavadocRenderer();
            case PLAIN -> throw new IllegalArgumentException("plain docstrings are read, not written");
        };
    }

    static DocLayout layout(DocstringStyle style) {
        return switch (style) {
            case GOOGLE -> new GoogleLayout();
            case NUMPY -> new NumpyLayout();
            case REST -> FieldListLayout.rest();
            case EPYTEXT -> FieldListLayout.epytext();
            case JAVADOC -> new JavadocLayout();
            case PLAIN -> throw new IllegalArgumentException("plain docstrings have no layout");
        };
    }
}
