package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;

/**
 * A generated or updated docstring.
 *
 * @param docstring the text without quotes or comment markers and without indentation
 * @param summary   the first sentence: the summariser's for a new docstring, the person's in update mode
 * @param style     the style written
 * @param function  the qualified name of the documented function ({@code Outer.method})
 * @param edit      where and how to put it into the code
 * @param updated   true when an existing docstring was updated (the edit replaces it), false for a new one
 * @param complete  false when the function was recovered from broken or unfinished code (a best effort)
 */
public record DocstringResult(String docstring, String summary, DocstringStyle style, String function,
                              DocstringEdit edit, boolean updated, boolean complete) {
}
