package ai.stagesense.codeintel.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-token splitting for code-to-text models: identifiers are broken at case, digit and underscore boundaries so
 * that {@code readCsv}, {@code read_csv} and {@code ReadCSV} share the vocabulary entries {@code read} and {@code csv}.
 */
public final class Subtokens {

    /**
     * An upper-case run not followed by lower case is an acronym ({@code HTTP} in {@code parseHTTPResponse}); the
     * last capital before lower case starts the next word. The final alternative keeps scripts without case (CJK).
     */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}+(?!\\p{Ll})|\\p{Lu}?\\p{Ll}+|\\p{N}+|[\\p{L}\\p{M}]+");

    private Subtokens() {
    }

    /** Lower-case sub-tokens of one identifier: {@code parseHTTPResponse2} → [parse, http, response, 2]. */
    public static List<String> split(String identifier) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(identifier);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The sub-token stream of Python or Java source text, without parsing it: identifiers split, string literals
     * {@code <str>}, numbers {@code <num>}, operators and punctuation one token each, comments and whitespace dropped.
     * Broken code (an unclosed string, half a comment) still yields tokens.
     */
    public static List<String> codeTokens(String code) {
        return new CodeLexer(code).tokens();
    }
}
