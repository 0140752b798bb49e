package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Type annotations as a docstring shows them. */
final class TypeText {

    /** Generic types whose first argument is what a generator yields. */
    private static final Set<String> ITERATOR_TYPES = Set.of("Iterator", "Iterable", "Generator", "AsyncIterator",
            "AsyncIterable", "AsyncGenerator");

    private TypeText() {
    }

    /**
     * An annotation on one line: whitespace collapsed, and a string annotation ({@code "pd.DataFrame"}, a forward
     * reference) without its quotes. Null or blank gives null.
     */
    static String display(String annotation) {
        if (annotation == null || annotation.isBlank()) {
            return null;
        }
        String t = annotation.strip().replaceAll("\\s+", " ").replace("( ", "(").replace("[ ", "[")
                .replace(" ]", "]").replace(" )", ")");
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)
                && t.indexOf(t.charAt(0), 1) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /** Whether a return annotation says that nothing is returned. */
    static boolean isNone(String annotation) {
        String t = display(annotation);
        return t != null && (t.equals("None") || t.endsWith("NoReturn") || t.endsWith("Never"));
    }

    /** {@code Iterator[int]}, {@code Generator[int, None, None]} → {@code int}; null for anything else. */
    static String yielded(String annotation) {
        String t = display(annotation);
        if (t == null || !t.endsWith("]") || t.indexOf('[') < 0) {
            return null;
        }
        String outer = t.substring(0, t.indexOf('['));
        outer = outer.substring(outer.lastIndexOf('.') + 1);
        if (!ITERATOR_TYPES.contains(outer)) {
            return null;
        }
        List<String> args = topLevelArguments(t.substring(t.indexOf('[') + 1, t.length() - 1));
        return args.isEmpty() || args.get(0).isBlank() ? null : args.get(0).strip();
    }

    /** Splits at commas outside brackets and parentheses. */
    static List<String> topLevelArguments(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '(' || c == '<' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '>' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
