package ai.stagesense.codeintel.functions;

/**
 * The source of a function without its docstring, as the docstring summariser reads it (docs/models.md: "function
 * code without docstring"): decorators or annotations, the header as written, and the body (which the extractors
 * already give without the docstring), dedented so that a method reads like a top-level function. The dataset
 * builder's training pairs and the server's summariser input must be this same text.
 */
public final class FunctionCode {

    private FunctionCode() {
    }

    public static String of(FunctionInfo f) {
        StringBuilder sb = new StringBuilder();
        for (String decorator : f.decorators()) {
            sb.append('@').append(decorator).append('\n');
        }
        sb.append(f.signature());
        String body = f.body() == null ? "" : f.body();
        if ("java".equals(f.language())) {
            if (f.signature().endsWith("{")) {
                sb.append(body).append('}');
            }
        } else if (!body.isBlank()) {
            // a one-line body ("def f(): return 1") comes without indentation and stays on the header's line
            sb.append(Character.isWhitespace(body.charAt(0)) ? "\n" : " ").append(body);
        }
        return dedent(sb.toString(), f.range().startColumn());
    }

    /** The first line starts at the definition; later lines lose up to {@code indent} leading blanks. */
    static String dedent(String text, int indent) {
        if (indent <= 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int cut = 0;
            while (cut < indent && cut < line.length() && (line.charAt(cut) == ' ' || line.charAt(cut) == '\t')) {
                cut++;
            }
            out.append('\n').append(line.substring(cut));
        }
        return out.toString();
    }
}
