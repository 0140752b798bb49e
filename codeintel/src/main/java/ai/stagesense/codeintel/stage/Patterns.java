package ai.stagesense.codeintel.stage;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builders for the regular expressions labeling functions run over masked expressions, so that the rule tables
 * read as API names rather than regex syntax. Every pattern built here is free of nested quantifiers and runs in
 * time linear in the line.
 */
final class Patterns {

    private Patterns() {
    }

    /** An attribute or method anywhere in a chain: {@code attr("head")} matches {@code var0.head}, not {@code var0.header}. */
    static Pattern attr(String... names) {
        return Pattern.compile("\\.(?:" + alternatives(names) + ")(?!\\w)");
    }

    /**
     * A name as a whole segment, bare or as the last part of a path: {@code symbol("train_test_split")} matches
     * both {@code sklearn.model_selection.train_test_split(var1)} and {@code train_test_split} (imported in a cell
     * the masker did not see, so left as written).
     */
    static Pattern symbol(String... names) {
        return Pattern.compile("(?<!\\w)(?:" + alternatives(names) + ")(?!\\w)");
    }

    /**
     * A dotted path from its root; {@code *} stands for the rest of one segment: {@code path("pandas.read_*")}
     * matches {@code pandas.read_parquet} but not {@code var0.pandas.read_csv}.
     */
    static Pattern path(String... globs) {
        String body = Arrays.stream(globs)
                .map(g -> Pattern.quote(g).replace("*", "\\E\\w*\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w.])(?:" + body + ")(?!\\w)");
    }

    /** Any of the given patterns. */
    static Pattern any(Pattern... patterns) {
        return Pattern.compile(Arrays.stream(patterns).map(p -> "(?:" + p.pattern() + ")")
                .collect(Collectors.joining("|")));
    }

    /** Whole words in a (lower-cased) comment; {@code *} stands for the rest of the word. */
    static Pattern words(String... words) {
        String body = Arrays.stream(words)
                .map(w -> Pattern.quote(w).replace("*", "\\E\\w*\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + body + ")\\b");
    }

    private static String alternatives(String... names) {
        return Arrays.stream(names).map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
