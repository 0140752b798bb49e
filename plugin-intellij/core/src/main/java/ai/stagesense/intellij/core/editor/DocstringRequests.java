package ai.stagesense.intellij.core.editor;

import ai.stagesense.intellij.core.api.DocstringRequest;
import ai.stagesense.intellij.core.settings.DocstringStyle;

/**
 * Builds {@code /v1/docstring} requests for the function at the caret. The code sent is the caret's cell (the
 * whole file outside notebooks), so functions are looked up where the user sees them.
 */
public final class DocstringRequests {

    private DocstringRequests() {
    }

    /** Java always gets Javadoc; Python gets the configured style (Javadoc there would be meaningless). */
    public static DocstringTarget of(CellView view, Language language, DocstringStyle pythonStyle) {
        DocstringStyle style = language == Language.JAVA ? DocstringStyle.JAVADOC
                : pythonStyle == DocstringStyle.JAVADOC ? DocstringStyle.GOOGLE : pythonStyle;
        DocstringRequest request = new DocstringRequest(view.cellText(), language.wireName(), style.wireName(),
                view.caretLine());
        return new DocstringTarget(request, view.cellStartInDocument());
    }
}
