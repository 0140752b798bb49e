package ai.stagesense.codeintel.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a docstring summary, the summariser's target vocabulary: lower-cased words and punctuation, with the
 * inverse that turns generated tokens back into a sentence.
 */
public final class SummaryTokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+(?:['’][\\p{L}]+)?|[^\\s\\p{L}\\p{N}_]");

    private SummaryTokens() {
    }

    public static List<String> tokenize(String summary) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(summary == null ? "" : summary);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** "load the config file ." → "Load the config file." */
    public static String detokenize(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            boolean punctuation = token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0))
                    && token.charAt(0) != '(' && token.charAt(0) != '`';
            if (out.length() > 0 && !punctuation && out.charAt(out.length() - 1) != '(') {
                out.append(' ');
            }
            out.append(token);
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            return text;
        }
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
