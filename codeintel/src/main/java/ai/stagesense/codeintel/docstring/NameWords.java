package ai.stagesense.codeintel.docstring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits identifiers into the words a sentence is made of: {@code load_config} → [load, config],
 * {@code parseHTTPResponse} → [parse, HTTP, response]. Unlike the model's sub-tokens, acronyms keep their capitals,
 * because these words end up in text a person reads.
 */
final class NameWords {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}+(?!\\p{Ll})|\\p{Lu}?\\p{Ll}+|\\p{N}+|[\\p{L}\\p{M}]+");

    private NameWords() {
    }

    static List<String> words(String identifier) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(identifier == null ? "" : identifier);
        while (m.find()) {
            String w = m.group();
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                    && !w.equals(w.toLowerCase(Locale.ROOT));
            out.add(acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    /** "a" or "an" for the phrase that follows, by its first letters (good enough for placeholder text). */
    static String article(String phrase) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        // "a user", "a unique", "a one-off": these vowels sound like consonants
        if (lower.matches("^(?:us|uni|uti|eu|one).*")) {
            return "a";
        }
        return !phrase.isEmpty() && "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0 ? "an" : "a";
    }

    /** A phrase as a sentence: first letter capitalised, a full stop at the end. */
    static String sentence(String phrase) {
        String s = phrase.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' ? s : s + ".";
    }
}
