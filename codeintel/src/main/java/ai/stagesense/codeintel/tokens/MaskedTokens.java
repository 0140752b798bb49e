package ai.stagesense.codeintel.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens of one masked line (docs/masking.md), the vocabulary of the stage and next-line models.
 *
 * <p>Tokens are consecutive, non-overlapping pieces of the line that together cover all of it, so {@link #join}
 * is plain concatenation and the exact inverse of {@link #tokenize}. That lets a model emit tokens and have the
 * masked line back without any spacing rules.
 */
public final class MaskedTokens {

    /**
     * Statement keywords the masker fuses to their operand with '_' ({@code import_pandas}); only at line start, so
     * that a later {@code import_data} in the line stays one name.
     */
    private static final Pattern KEYWORD_PREFIX = Pattern.compile(
            "(?:import|from|for|async_for|if|elif|while|with|async_with|def|async_def|class|return|except|del"
                    + "|assert|raise|yield|await|global|nonlocal|lambda|match|case)_");

    private static final Pattern TOKEN = Pattern.compile(
            "%%|[%!]"                                  // magics and shell escapes
                    + "|<[A-Za-z_]+>"                  // literal placeholders: <num>, <str>, <list> ...
                    + "|\\$\\{[A-Za-z_]+\\}|\\$\\d+"    // template slots: ${path}, $1
                    + "|\\[\\]"                         // a subscript whose index was dropped
                    + "|(?:\\*\\*|//|>>|<<|[-+*/%@&|^])="   // augmented assignment
                    + "|[\\p{L}_][\\p{L}\\p{N}_]*"      // names (read_csv stays one token)
                    + "|\\p{N}+"
                    + "|\\s+"
                    + "|.", Pattern.DOTALL);

    private MaskedTokens() {
    }

    /** {@code for_var1=var0.iterrows} → [for_, var1, =, var0, ., iterrows]. */
    public static List<String> tokenize(String maskedLine) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        Matcher prefix = KEYWORD_PREFIX.matcher(maskedLine);
        if (prefix.lookingAt()) {
            out.add(prefix.group());
            pos = prefix.end();
        }
        Matcher m = TOKEN.matcher(maskedLine);
        while (pos < maskedLine.length()) {
            m.region(pos, maskedLine.length());
            if (!m.lookingAt()) {
                throw new IllegalStateException("unreachable: '.' matches any character");
            }
            out.add(m.group());
            pos = m.end();
        }
        return out;
    }

    /** The inverse of {@link #tokenize}: {@code join(tokenize(x)).equals(x)} for every string x. */
    public static String join(List<String> tokens) {
        return String.join("", tokens);
    }
}
