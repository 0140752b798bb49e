package ai.stagesense.codeintel.stage;

import java.util.List;

/**
 * One masked line taken apart into what labeling functions ask about: what kind of statement it is, what it
 * binds, and the summarised expression it evaluates.
 *
 * @param kind    statement kind
 * @param keyword statement keyword of a {@link Kind#CODE} line ({@code for}, {@code return}, {@code @} for a
 *                decorator, ...), null for a plain expression or assignment
 * @param target  assignment / for / with target ({@code var3,var4}, {@code var0[]}), null when nothing is bound
 * @param expr    what the line evaluates: the right-hand side of a code line, the module of an import, the
 *                name of a definition, the whole text of a magic, shell escape or help line
 */
record ParsedLine(Kind kind, String keyword, String target, String expr) {

    enum Kind {
        IMPORT,
        /** {@code %matplotlib}, {@code %%time}. */
        MAGIC,
        /** {@code !pip}, {@code !kaggle}. */
        SHELL,
        /** {@code var0?}. */
        HELP,
        /** {@code def_name}, {@code class_Name}. */
        DEFINITION,
        CODE
    }

    /**
     * Masked lines are summaries, so real ones are short; anything longer is not masker output and is cut so
     * that every pattern a labeling function runs on a line costs a bounded amount.
     */
    static final int MAX_LENGTH = 1_000;

    // Prefixes the masker puts in front of statements (StatementMasker); a keyword alone means a literal operand.
    private static final List<String> KEYWORDS = List.of(
            "for", "if", "elif", "else", "while", "with", "return", "raise", "yield", "del", "assert", "except",
            "try", "finally", "break", "continue", "match", "case", "type");

    private static final String OPERATOR_CHARS = "+-*/%&|^<>@:!";

    /** Reads a masked line; never fails, whatever the text. */
    static ParsedLine parse(String masked) {
        String text = masked.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        if (text.startsWith("import_") && text.indexOf('(') < 0 && text.indexOf('=') < 0) {
            return new ParsedLine(Kind.IMPORT, null, null, text.substring("import_".length()));
        }
        if (text.startsWith("%")) {
            return new ParsedLine(Kind.MAGIC, null, null, text);
        }
        if (text.startsWith("!")) {
            return new ParsedLine(Kind.SHELL, null, null, text);
        }
        if (text.startsWith("def_")) {
            return new ParsedLine(Kind.DEFINITION, "def", null, text.substring("def_".length()));
        }
        if (text.startsWith("class_")) {
            return new ParsedLine(Kind.DEFINITION, "class", null, text.substring("class_".length()));
        }
        if (text.length() > 1 && text.endsWith("?")) {
            return new ParsedLine(Kind.HELP, null, null, text);
        }
        String keyword = null;
        String rest = text;
        if (text.startsWith("@")) {
            keyword = "@";
            rest = text.substring(1);
        } else {
            for (String candidate : KEYWORDS) {
                if (text.equals(candidate)) {
                    return new ParsedLine(Kind.CODE, candidate, null, "");
                }
                if (text.startsWith(candidate + "_")) {
                    keyword = candidate;
                    rest = text.substring(candidate.length() + 1);
                    break;
                }
            }
        }
        int eq = lastTopLevelEquals(rest);
        if (eq > 0) {
            int targetEnd = eq;
            while (targetEnd > 0 && OPERATOR_CHARS.indexOf(rest.charAt(targetEnd - 1)) >= 0) {
                targetEnd--;
            }
            String target = rest.substring(0, targetEnd);
            if (!target.isEmpty()) {
                return new ParsedLine(Kind.CODE, keyword, target, rest.substring(eq + 1));
            }
        }
        return new ParsedLine(Kind.CODE, keyword, null, rest);
    }

    /** Chained assignments ({@code var0=var1=<num>}) evaluate what follows the last {@code =}. */
    private static int lastTopLevelEquals(String s) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '=' && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    /** Lines whose expression is evaluated code: what API-pattern labeling functions match against. */
    boolean isCode() {
        return kind == Kind.CODE || kind == Kind.MAGIC || kind == Kind.SHELL;
    }

    /** A bare expression statement, which a notebook displays. */
    boolean isDisplay() {
        return kind == Kind.CODE && keyword == null && target == null && !expr.isEmpty();
    }

    /** An assignment statement proper (not a for / with target). */
    boolean isAssignment() {
        return kind == Kind.CODE && keyword == null && target != null;
    }

    /** The command word of a magic or shell line: {@code %%time} → {@code time}, {@code !pip} → {@code pip}. */
    String command() {
        if (kind != Kind.MAGIC && kind != Kind.SHELL) {
            return "";
        }
        int i = 0;
        while (i < expr.length() && (expr.charAt(i) == '%' || expr.charAt(i) == '!')) {
            i++;
        }
        return expr.substring(i);
    }
}
