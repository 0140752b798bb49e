package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docstring text as a Python string literal. A docstring being updated keeps its prefix, its quotes and whether its
 * text starts on the line after the quotes; new ones use {@code """} with the summary on the first line (PEP 257).
 * Text with backslashes (reST's {@code \*args}) becomes a raw string, as pydocstyle's D301 asks.
 */
final class PythonDocstringLiteral {

    private static final Pattern OPENING = Pattern.compile("^([rRuU]{0,2})(\"\"\"|'''|\"|')");
    private static final String TRIPLE_DOUBLE = "\"\"\"";
    private static final String TRIPLE_SINGLE = "'''";

    /** How the literal opens: its prefix letters, its quotes, and whether the text starts on the next line. */
    record Quoting(String prefix, String quote, boolean textOnNextLine) {

        static final Quoting DEFAULT = new Quoting("", TRIPLE_DOUBLE, false);

        /** Read from the source text that starts with the old literal. */
        static Quoting of(String literalSource) {
            Matcher m = OPENING.matcher(literalSource);
            if (!m.find()) {
                return DEFAULT;
            }
            String quote = m.group(2).length() == 3 ? m.group(2) : TRIPLE_DOUBLE;
            int lineEnd = literalSource.indexOf('\n', m.end());
            boolean nextLine = m.group(2).length() == 3 && lineEnd >= 0
                    && literalSource.substring(m.end(), lineEnd).isBlank();
            return new Quoting(m.group(1), quote, nextLine);
        }
    }

    private PythonDocstringLiteral() {
    }

    /** The literal's lines; the first without indentation (it goes where the old literal or the body starts). */
    static List<String> lines(List<String> text, String indent, Quoting quoting) {
        boolean oneLine = text.size() <= 1 && !quoting.textOnNextLine();
        String quote = chooseQuote(text, quoting.quote(), oneLine);
        boolean escape = quote == null;
        if (escape) {
            quote = TRIPLE_DOUBLE;
        }
        boolean hasBackslash = text.stream().anyMatch(l -> l.contains("\\"));
        String prefix = prefix(quoting.prefix(), !escape && hasBackslash);
        List<String> body = new ArrayList<>();
        for (String line : text) {
            body.add(escape ? line.replace("\\", "\\\\").replace("\"", "\\\"") : line);
        }
        String opening = prefix + quote;
        List<String> out = new ArrayList<>();
        if (oneLine) {
            out.add(opening + (body.isEmpty() ? "" : body.get(0)) + quote);
            return out;
        }
        int from = 0;
        if (quoting.textOnNextLine()) {
            out.add(opening);
        } else {
            out.add(opening + body.get(0));
            from = 1;
        }
        for (int i = from; i < body.size(); i++) {
            out.add(body.get(i).isEmpty() ? "" : indent + body.get(i));
        }
        out.add(indent + quote);
        return out;
    }

    /** The wanted quotes unless the text would end the literal early; null when only escaping helps. */
    private static String chooseQuote(List<String> text, String wanted, boolean oneLine) {
        for (String quote : List.of(wanted, wanted.equals(TRIPLE_DOUBLE) ? TRIPLE_SINGLE : TRIPLE_DOUBLE)) {
            String joined = String.join("\n", text);
            boolean clash = joined.contains(quote) || (oneLine && joined.endsWith(quote.substring(0, 1)))
                    || joined.endsWith("\\");
            if (!clash) {
                return quote;
            }
        }
        return null;
    }

    /** Keeps the person's prefix letters; raw when needed ({@code u} cannot combine with {@code r}). */
    private static String prefix(String original, boolean raw) {
        boolean hadRaw = original.indexOf('r') >= 0 || original.indexOf('R') >= 0;
        if (raw || hadRaw) {
            return hadRaw ? original.replaceAll("[uU]", "") : "r";
        }
        return original;
    }
}
