package ai.stagesense.codeintel.masking;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API a masked line calls (docs/masking.md), for eval-nextline's API@k and the n-gram table's API contexts
 * ({@link LineAbstraction}): the value's primary chain with its argument lists and
 * subscripts dropped. A chain rooted on a module path or a plain name is one callable ({@code pandas.read_csv},
 * {@code print}); a chain rooted on a variable is named by its last member ({@code var0.groupby.mean} →
 * {@code var.mean}), because variable numbers differ between notebooks while the method is what the user calls.
 * Imports and magics are their own API. Lines that call nothing (a bare variable, a literal, a tuple, {@code try},
 * {@code def_f}) have none ({@code null}) and are left out of API@k.
 */
public final class ApiName {

    /** Masked keyword prefixes followed by an expression (docs/masking.md). */
    private static final String[] EXPRESSION_KEYWORDS = {"for_", "if_", "elif_", "while_", "with_", "return_",
            "assert_", "del_", "raise_", "yield_"};
    private static final String[] NO_CALL_KEYWORDS = {"def_", "class_", "except_", "global_", "nonlocal_"};
    private static final Set<String> BARE_KEYWORDS = Set.of("if", "else", "elif", "while", "for", "try", "except",
            "finally", "with", "return", "pass", "break", "continue", "raise", "yield", "assert", "del", "lambda");
    private static final Pattern VARIABLE = Pattern.compile("var\\d+");

    private ApiName() {
    }

    /** The API of a masked line, or null when it calls nothing. */
    public static String of(String masked) {
        if (masked == null || masked.isBlank()) {
            return null;
        }
        String line = masked.strip();
        if (line.startsWith("import_") || line.startsWith("%") || line.startsWith("!")) {
            return line;
        }
        for (String keyword : NO_CALL_KEYWORDS) {
            if (line.startsWith(keyword)) {
                return null;
            }
        }
        for (String keyword : EXPRESSION_KEYWORDS) {
            if (line.startsWith(keyword)) {
                line = line.substring(keyword.length());
                break;
            }
        }
        String chain = withoutGroups(valueOf(line));
        if (chain.isEmpty() || chain.contains(",") || BARE_KEYWORDS.contains(chain)) {
            return null; // a tuple of values or a keyword alone calls nothing
        }
        String[] members = chain.split("\\.", -1);
        String root = members[0];
        if (VARIABLE.matcher(root).matches() || root.startsWith("<")) {
            if (members.length == 1) {
                return null;
            }
            String receiver = root.startsWith("<") ? root : "var";
            return receiver + "." + members[members.length - 1];
        }
        return chain;
    }

    /** The right side of a top-level (augmented) assignment, or the line itself. */
    static String valueOf(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return line.substring(i + 1);
            }
        }
        return line;
    }

    /** The chain without {@code (...)} and {@code [...]} groups, at any depth. */
    static String withoutGroups(String chain) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < chain.length(); i++) {
            char c = chain.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
