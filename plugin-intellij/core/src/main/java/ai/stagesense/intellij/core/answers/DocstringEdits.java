package ai.stagesense.intellij.core.answers;

import ai.stagesense.intellij.core.api.DocstringEdit;

/**
 * Maps the docstring endpoint's line-based {@code edit} onto character offsets. Lines are 1-based like every line
 * number in StageSense; lines {@code start_line..end_line} (inclusive) are replaced, so an edit whose
 * {@code end_line} is {@code start_line - 1} inserts before {@code start_line} without removing anything (a new
 * docstring), and one covering an existing docstring's lines replaces it.
 */
public final class DocstringEdits {

    private DocstringEdits() {
    }

    /** @param code the {@code code} the request sent; offsets are relative to it */
    public static TextReplacement toReplacement(String code, DocstringEdit edit) {
        int lines = lineCount(code);
        if (edit.startLine() < 1 || edit.startLine() > lines + 1
                || edit.endLine() < edit.startLine() - 1 || edit.endLine() > lines) {
            throw new IllegalArgumentException("docstring edit lines " + edit.startLine() + ".." + edit.endLine()
                    + " do not fit code of " + lines + " lines");
        }
        int start = lineStart(code, edit.startLine());
        int end = lineStart(code, edit.endLine() + 1);
        String text = edit.text() == null ? "" : edit.text();
        // inserting after a last line that has no newline must not glue the docstring onto that line
        if (start == code.length() && !code.isEmpty() && !code.endsWith("\n")) {
            text = "\n" + text;
        }
        return new TextReplacement(start, end, text);
    }

    /** Applies the edit to the code it was computed for: the whole new text. */
    public static String apply(String code, DocstringEdit edit) {
        return toReplacement(code, edit).applyTo(code);
    }

    /** A text without a trailing newline still ends with a (last) line; an empty text has one empty line. */
    static int lineCount(String code) {
        int lines = 1;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '\n' && i + 1 < code.length()) {
                lines++;
            }
        }
        return lines;
    }

    /** Offset where 1-based {@code line} starts; the line after the last one starts at the end of the text. */
    static int lineStart(String code, int line) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int newline = code.indexOf('\n', offset);
            if (newline < 0) {
                return code.length();
            }
            offset = newline + 1;
        }
        return offset;
    }
}
