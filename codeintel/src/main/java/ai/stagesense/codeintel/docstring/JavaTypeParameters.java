package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type parameters of a generic Java method or constructor ({@code <K, V extends Comparable<V>>} → K, V), read
 * from its header: Javadoc documents them as {@code @param <K>}, and doclint asks for them.
 */
final class JavaTypeParameters {

    private static final Pattern BEFORE_TYPE_PARAMETERS = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|strictfp)\\b\\s*"
                    + "|@[\\w.]+(?:\\([^)]*\\))?\\s+)*<");
    private static final Pattern NAME = Pattern.compile("^\\s*(?:@[\\w.]+\\s+)*([A-Za-z_$][\\w$]*)");

    private JavaTypeParameters() {
    }

    static List<String> of(String signature) {
        List<String> out = new ArrayList<>();
        if (signature == null) {
            return out;
        }
        String header = withOpeningBracket(signature);
        Matcher m = BEFORE_TYPE_PARAMETERS.matcher(header);
        if (!m.find()) {
            return out;
        }
        int open = m.end() - 1;
        int depth = 0;
        for (int i = open; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                for (String piece : TypeText.topLevelArguments(header.substring(open + 1, i))) {
                    Matcher name = NAME.matcher(piece);
                    if (name.find()) {
                        out.add(name.group(1));
                    }
                }
                return out;
            }
        }
        return out;
    }

    /**
     * A header without modifiers can start inside its type parameter list ({@code T> T[] toArray(T[] a)}), because
     * the extractor starts it at the first type parameter's name: more '>' than '<' before the parameter list
     * means the opening bracket is missing.
     */
    private static String withOpeningBracket(String signature) {
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        long opens = head.chars().filter(c -> c == '<').count();
        long closes = head.chars().filter(c -> c == '>').count();
        return closes > opens ? "<" + signature : signature;
    }
}
