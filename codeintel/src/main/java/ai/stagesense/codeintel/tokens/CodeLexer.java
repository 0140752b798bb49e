package ai.stagesense.codeintel.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A language-agnostic scanner for Python and Java text; see {@link Subtokens#codeTokens(String)}. */
final class CodeLexer {

    static final String STRING = "<str>";
    static final String NUMBER = "<num>";

    /** Longest first, so that {@code **=} wins over {@code **} and {@code *}. */
    private static final List<String> OPERATORS = List.of(
            ">>>=", "**=", "//=", ">>=", "<<=", ">>>", "...",
            "->", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "**", "//", "<<", ">>", "&&", "||", "++", "--", "::", ":=");

    private static final Set<String> STRING_PREFIXES = Set.of(
            "r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt");

    private static final Pattern NUMBER_LITERAL = Pattern.compile(
            "0[xX][0-9a-fA-F_]+[lL]?|0[bB][01_]+[lL]?|0[oO][0-7_]+"
                    + "|(?:\\d[\\d_]*(?:\\.\\d[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d[\\d_]*)?[jJlLfFdD]?"
                    + "|\\d[\\d_]*\\.(?![\\p{L}_.])(?:[eE][+-]?\\d+)?[jJfFdD]?");

    /**
     * A statement ending in ';' marks Java text: there '//' starts a comment, while in Python it is floor division.
     */
    private static final Pattern JAVA_HINT = Pattern.compile(";[ \\t]*(?://.*)?$", Pattern.MULTILINE);

    private final String text;
    private final boolean slashSlashIsComment;
    private final List<String> out = new ArrayList<>();
    private int pos;

    CodeLexer(String text) {
        this.text = text;
        this.slashSlashIsComment = JAVA_HINT.matcher(text).find();
    }

    List<String> tokens() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\\') {
                pos++;
            } else if (c == '#') {
                skipToLineEnd();
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("//", pos) && (slashSlashIsComment || atLineStart())) {
                skipToLineEnd();
            } else if (c == '"' || c == '\'') {
                skipString();
                out.add(STRING);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                identifier();
            } else {
                operator();
            }
        }
        return out;
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void skipToLineEnd() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
    }

    /** Handles '…', "…", triple quotes (Python strings, Java text blocks) and, for broken code, a missing close. */
    private void skipString() {
        char quote = text.charAt(pos);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, pos)) {
            int end = text.indexOf(triple, pos + 3);
            while (end > 0 && isEscaped(end)) {
                end = text.indexOf(triple, end + 1);
            }
            pos = end < 0 ? text.length() : end + 3;
            return;
        }
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                pos = i + 1;
                return;
            } else if (c == '\n') {
                break;
            } else {
                i++;
            }
        }
        pos = Math.min(i, text.length());
    }

    private boolean isEscaped(int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private void number() {
        Matcher m = NUMBER_LITERAL.matcher(text).region(pos, text.length());
        pos = m.lookingAt() ? m.end() : pos + 1;
        out.add(NUMBER);
    }

    private void identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')
                && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
            skipString();
            out.add(STRING);
            return;
        }
        List<String> parts = Subtokens.split(word);
        if (parts.isEmpty()) {
            out.add(word);
        } else {
            out.addAll(parts);
        }
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                out.add(op);
                pos += op.length();
                return;
            }
        }
        int cp = text.codePointAt(pos);
        out.add(new String(Character.toChars(cp)));
        pos += Character.charCount(cp);
    }
}
