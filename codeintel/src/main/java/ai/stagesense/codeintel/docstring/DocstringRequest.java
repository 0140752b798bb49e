package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.DocstringStyle;

/**
 * A request for the docstring of the function under the cursor.
 *
 * @param code       the file or cell, possibly broken or unfinished
 * @param language   "python" or "java"
 * @param style      the style to write; null to follow the file (Python) — Java is always Javadoc
 * @param cursorLine 1-based; null for the first function in the code
 */
public record DocstringRequest(String code, String language, DocstringStyle style, Integer cursorLine) {
}
