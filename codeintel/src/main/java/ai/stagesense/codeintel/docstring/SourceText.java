package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.SourceRange;
import java.util.List;

/** The code as lines, and the edits that put a docstring into it. */
final class SourceText {

    private final String source;
    private final String[] lines;
    private final String newline;

    SourceText(String source, boolean javaLineBreaks) {
        this.source = source;
        // ANTLR counts only '\n' as a line break; JavaParser also a lone '\r'
        this.lines = source.split(javaLineBreaks ? "\r\n|\r|\n" : "\r?\n", -1);
        this.newline = source.contains("\r\n") ? "\r\n" : "\n";
    }

    String source() {
        return source;
    }

    /** A 1-based line, "" past the end. */
    String line(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** 1-based line and 0-based column of a character offset. */
    int[] position(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }

    int offsetOfLine(int line) {
        int offset = 0;
        for (int l = 1; l < line && l <= lines.length; l++) {
            offset = source.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return source.length();
            }
        }
        return offset;
    }

    /** Replaces the lines of an old docstring, keeping whatever shares its first and last line. */
    DocstringEdit replace(SourceRange old, List<String> literal) {
        String first = line(old.startLine());
        String last = line(old.endLine());
        String prefix = first.substring(0, Math.min(old.startColumn(), first.length()));
        String suffix = last.substring(Math.min(old.endColumn(), last.length()));
        return new DocstringEdit(old.startLine(), old.endLine(), prefix + join(literal) + suffix + newline);
    }

    /**
     * Puts the docstring on lines of its own before the code at (line, column). Code before the column on that
     * line (a one-line {@code def f(): return 1}) is split off: the edit then replaces the line.
     */
    DocstringEdit insert(int line, int column, String indent, List<String> literal) {
        String text = line(line);
        String before = text.substring(0, Math.min(Math.max(column, 0), text.length()));
        if (!before.isBlank()) {
            return new DocstringEdit(line, line, before.stripTrailing() + newline + indent + join(literal) + newline
                    + indent + text.substring(before.length()).strip() + newline);
        }
        if (line > 1 && line > lines.length) {
            // no line to insert before: the previous one is rewritten with a line break, so no client has to
            // invent one at the end of the file
            int previous = Math.min(line - 1, lines.length);
            return new DocstringEdit(previous, previous, line(previous) + newline + indent + join(literal) + newline);
        }
        return new DocstringEdit(line, line - 1, indent + join(literal) + newline);
    }

    private String join(List<String> literal) {
        return String.join(newline, literal);
    }
}
