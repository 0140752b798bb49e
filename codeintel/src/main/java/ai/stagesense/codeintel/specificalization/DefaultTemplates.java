package ai.stagesense.codeintel.specificalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a masked line out in full when no template was learned for it: calls get {@code ()}, subscripts get a
 * column slot, keyword forms (for_, if_, with_ ...) get their Python syntax. The result is a template over $1, $2,
 * full module paths and slots, exactly like a learned one.
 */
final class DefaultTemplates {

    /** Attributes that are read, not called, on DataFrames, arrays and fitted estimators. */
    private static final Set<String> ATTRIBUTES = Set.of("shape", "columns", "index", "values", "dtypes", "T", "size",
            "ndim", "iloc", "loc", "empty", "str", "dt", "cat", "plot", "dtype", "at", "iat", "name", "history");

    private static final Pattern AUGMENTED = Pattern.compile("(\\+=|-=|\\*\\*=|\\*=|//=|/=|%=|&=|\\|=|\\^=|>>=|<<=|@=)");

    private static final Pattern LITERAL = Pattern.compile("<(num|str|list|tuple|set|dict|bool|none|comp|lambda)>");

    private final List<String> order;

    private DefaultTemplates(String masked) {
        this.order = MaskedVariables.inOrder(masked);
    }

    static String of(String masked) {
        return new DefaultTemplates(masked).line(masked);
    }

    private String line(String m) {
        if (m.startsWith("import_")) {
            return ImportLines.of(m.substring("import_".length()), java.util.Map.of());
        }
        if (m.startsWith("%") || m.startsWith("!")) {
            return m.equals("%matplotlib") ? "%matplotlib inline" : m;
        }
        if (m.endsWith("?")) {
            return expressionList(m.substring(0, m.length() - 1), false) + "?";
        }
        switch (m) {
            case "try", "else", "finally" -> {
                return m + ":";
            }
            case "except" -> {
                return "except Exception:";
            }
            case "if", "while" -> {
                return m + " True:";
            }
            case "case" -> {
                return "case _:";
            }
            case "return", "break", "continue", "raise", "yield", "assert" -> {
                return m;
            }
            default -> {
            }
        }
        for (String keyword : List.of("if", "elif", "while", "match")) {
            if (m.startsWith(keyword + "_")) {
                return keyword + " " + expressionList(m.substring(keyword.length() + 1), false) + ":";
            }
        }
        for (String keyword : List.of("return", "yield", "del", "assert")) {
            if (m.startsWith(keyword + "_")) {
                return keyword + " " + expressionList(m.substring(keyword.length() + 1), keyword.equals("del"));
            }
        }
        if (m.startsWith("raise_")) {
            return "raise " + chain(m.substring("raise_".length()), false);
        }
        if (m.startsWith("except_")) {
            return "except " + String.join(", ", topLevel(m.substring("except_".length()), ',')) + ":";
        }
        if (m.startsWith("def_")) {
            return "def " + m.substring(4) + "():";
        }
        if (m.startsWith("class_")) {
            return "class " + m.substring(6) + ":";
        }
        if (m.startsWith("type_")) {
            return "type " + m.substring(5) + " = object";
        }
        if (m.startsWith("@")) {
            return "@" + chain(m.substring(1), true);
        }
        if (m.startsWith("for_")) {
            String[] parts = splitAssignment(m.substring(4));
            return "for " + expressionList(parts[0], true) + " in " + expressionList(parts[1], false) + ":";
        }
        if (m.startsWith("with_")) {
            String rest = m.substring(5);
            String[] parts = splitAssignment(rest);
            return parts[1] == null ? "with " + expressionList(rest, false) + ":"
                    : "with " + expressionList(parts[1], false) + " as " + expressionList(parts[0], true) + ":";
        }
        Matcher augmented = AUGMENTED.matcher(m);
        if (augmented.find() && depthAt(m, augmented.start()) == 0) {
            return expressionList(m.substring(0, augmented.start()), true) + " " + augmented.group() + " "
                    + expressionList(m.substring(augmented.end()), false);
        }
        List<String> sides = topLevel(m, '=');
        if (sides.size() > 1) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < sides.size() - 1; i++) {
                out.append(expressionList(sides.get(i), true)).append(" = ");
            }
            return out + expressionList(sides.get(sides.size() - 1), false);
        }
        return expressionList(m, false);
    }

    private String expressionList(String s, boolean target) {
        List<String> parts = new ArrayList<>();
        for (String part : topLevel(s, ',')) {
            parts.add(chain(part, !target));
        }
        return String.join(", ", parts);
    }

    /** Renders one chain; {@code callLast} says whether a final plain name is a call (false for targets). */
    private String chain(String s, boolean callLast) {
        Matcher literal = LITERAL.matcher(s);
        if (literal.lookingAt()) {
            String rest = s.substring(literal.end());
            return literalValue(literal.group(1)) + (rest.isEmpty() ? "" : segments(rest, callLast));
        }
        Matcher variable = MaskedVariables.VARIABLE.matcher(s);
        if (variable.lookingAt()) {
            String head = "$" + (order.indexOf(variable.group()) + 1);
            return head + segments(s.substring(variable.end()), callLast);
        }
        // A module path or plain name: the dotted run is one callable, only its end may be called.
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'
                || s.charAt(end) == '.')) {
            end++;
        }
        String path = s.substring(0, end);
        String rest = s.substring(end);
        if (rest.startsWith("(")) {
            int close = matching(rest, 0);
            String args = rest.substring(1, close);
            return path + "(" + expressionList(args, false) + ")" + segments(rest.substring(close + 1), callLast);
        }
        if (rest.isEmpty()) {
            return callLast && !isAttributeName(lastName(path)) ? path + "()" : path;
        }
        return path + segments(rest, callLast);
    }

    private String segments(String s, boolean callLast) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[' && s.startsWith("[]", i)) {
                out.append("[${col}]");
                i += 2;
            } else if (c == '.') {
                int end = i + 1;
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                String name = s.substring(i + 1, end);
                out.append('.').append(name);
                if (end < s.length() && s.charAt(end) == '(') {
                    int close = matching(s, end);
                    out.append('(').append(expressionList(s.substring(end + 1, close), false)).append(')');
                    end = close + 1;
                } else if (!isAttributeName(name) && (end < s.length() || callLast)) {
                    out.append("()");
                }
                i = end;
            } else if (c == '(') {
                int close = matching(s, i);
                out.append('(').append(expressionList(s.substring(i + 1, close), false)).append(')');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isAttributeName(String name) {
        return ATTRIBUTES.contains(name) || name.endsWith("_") || name.isEmpty();
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String literalValue(String kind) {
        return switch (kind) {
            case "num" -> "0";
            case "str" -> "\"\"";
            case "list", "comp" -> "[]";
            case "tuple" -> "()";
            case "set" -> "set()";
            case "dict" -> "{}";
            case "bool" -> "True";
            case "lambda" -> "lambda x: x";
            default -> "None";
        };
    }

    /** Splits "targets=value" at the first top-level '='; [whole, null] when there is none. */
    private static String[] splitAssignment(String s) {
        List<String> sides = topLevel(s, '=');
        if (sides.size() < 2) {
            return new String[] {s, null};
        }
        return new String[] {sides.get(0), s.substring(sides.get(0).length() + 1)};
    }

    static List<String> topLevel(String s, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static int depthAt(String s, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
        return depth;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
