package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short, honest descriptions derived from names, for the entries a person has not written yet. They say only what
 * the name already says ("the file path", "the number of estimators"), so they are never wrong, and a person
 * replaces them with better text. Phrases are lower case without a full stop; Python callers make sentences of them.
 */
final class PlaceholderText {

    /** Names data-science code uses all the time, with the meaning they conventionally have. */
    private static final Map<String, String> COMMON_PARAMS = Map.ofEntries(
            Map.entry("df", "the DataFrame"),
            Map.entry("data", "the input data"),
            Map.entry("X", "the input samples"),
            Map.entry("y", "the target values"),
            Map.entry("X_train", "the training samples"),
            Map.entry("y_train", "the training targets"),
            Map.entry("X_test", "the test samples"),
            Map.entry("y_test", "the test targets"),
            Map.entry("y_true", "the ground-truth target values"),
            Map.entry("y_pred", "the predicted target values"),
            Map.entry("clf", "the classifier"),
            Map.entry("random_state", "the random seed or generator"),
            Map.entry("seed", "the random seed"),
            Map.entry("n_jobs", "the number of parallel jobs"),
            Map.entry("verbose", "whether (or how much) to print progress"),
            Map.entry("axis", "the axis to operate along"),
            Map.entry("ax", "the matplotlib axes to draw on"),
            Map.entry("fig", "the matplotlib figure"),
            Map.entry("inplace", "whether to modify the object in place"),
            Map.entry("dtype", "the data type"),
            Map.entry("cols", "the column names"),
            Map.entry("columns", "the column names"),
            Map.entry("col", "the column name"),
            Map.entry("column", "the column name"),
            Map.entry("path", "the file path"),
            Map.entry("filepath", "the file path"),
            Map.entry("fname", "the file name"),
            Map.entry("filename", "the file name"),
            Map.entry("lr", "the learning rate"),
            Map.entry("epochs", "the number of epochs"),
            Map.entry("test_size", "the fraction of samples held out for testing"),
            Map.entry("sep", "the field separator"),
            Map.entry("encoding", "the text encoding"),
            Map.entry("cfg", "the configuration"),
            Map.entry("config", "the configuration"),
            Map.entry("arr", "the input array"),
            Map.entry("device", "the device to run on"));

    /** Exceptions whose meaning is standard; anything else is described by its own name. */
    private static final Map<String, String> COMMON_RAISES = Map.ofEntries(
            Map.entry("ValueError", "if an argument has an invalid value"),
            Map.entry("TypeError", "if an argument has the wrong type"),
            Map.entry("KeyError", "if a key is missing"),
            Map.entry("IndexError", "if an index is out of range"),
            Map.entry("FileNotFoundError", "if the file does not exist"),
            Map.entry("FileNotFoundException", "if the file does not exist"),
            Map.entry("NotImplementedError", "if a subclass does not implement it"),
            Map.entry("PermissionError", "if access is denied"),
            Map.entry("TimeoutError", "if the operation times out"),
            Map.entry("IOException", "if an I/O error occurs"),
            Map.entry("UncheckedIOException", "if an I/O error occurs"),
            Map.entry("IllegalArgumentException", "if an argument is invalid"),
            Map.entry("IllegalStateException", "if the object is not in a valid state for the call"),
            Map.entry("NullPointerException", "if a required argument is null"),
            Map.entry("UnsupportedOperationException", "if the operation is not supported"),
            Map.entry("IndexOutOfBoundsException", "if an index is out of range"),
            Map.entry("InterruptedException", "if the thread is interrupted"));

    /** Verbs whose object is what the function returns: {@code load_config} returns "the config". */
    private static final Set<String> PRODUCING_VERBS = Set.of("get", "compute", "calculate", "calc", "load", "read",
            "fetch", "make", "create", "build", "find", "parse", "extract", "collect", "select", "predict",
            "fit", "train", "evaluate", "generate", "new", "open", "query", "split", "transform", "convert");

    private static final Set<String> PREPOSITIONS = Set.of("from", "to", "into", "with", "by", "for", "at", "in",
            "on", "of", "as");

    private static final Set<String> LOCATIONS = Set.of("url", "uri", "URL", "URI", "path", "file", "filename");

    private static final Set<String> PREDICATE_PREFIXES = Set.of("is", "has", "can", "should", "was", "does", "needs");

    /** Verbs that boolean switches are commonly named after ({@code shuffle: bool}). */
    private static final Set<String> BOOLEAN_VERBS = Set.of("shuffle", "normalize", "normalise", "overwrite", "drop",
            "sort", "copy", "save", "plot", "show", "download", "cache", "refit", "scale", "fit", "validate", "log",
            "skip", "warn", "ignore", "compress", "append", "recurse", "follow", "keep", "include", "exclude", "reset",
            "center", "standardize", "stratify", "parallelize", "retry", "squeeze", "flatten", "dropna", "clip");

    private static final Set<String> GENERATOR_VERBS = Set.of("iter", "iterate", "generate", "gen", "yield", "stream",
            "walk", "scan", "read", "load");

    private PlaceholderText() {
    }

    static String parameter(Parameter p) {
        if (p.kind() == Parameter.Kind.VAR_KEYWORD) {
            return "additional keyword arguments";
        }
        if (p.kind() == Parameter.Kind.VAR_POSITIONAL && p.annotation() == null) {
            return "additional positional arguments";
        }
        String name = p.name();
        if (COMMON_PARAMS.containsKey(name)) {
            return COMMON_PARAMS.get(name);
        }
        List<String> words = NameWords.words(name);
        if (words.isEmpty()) {
            return "the " + name;
        }
        String first = words.get(0);
        String rest = NameWords.join(words.subList(1, words.size()));
        if (!rest.isEmpty()) {
            if (first.equals("n") || first.equals("num")) {
                return "the number of " + rest;
            }
            if (PREDICATE_PREFIXES.contains(first)) {
                return "whether " + rest;
            }
            if (first.equals("use") || first.equals("return")) {
                return "whether to " + first + " " + rest;
            }
        }
        if (isBoolean(p.annotation())) {
            // "whether to shuffle" reads well, "whether to strict" does not: only known verbs get the verb form
            return BOOLEAN_VERBS.contains(first) ? "whether to " + NameWords.join(words)
                    : "the " + NameWords.join(words) + " flag";
        }
        return "the " + NameWords.join(words);
    }

    /** Java type parameters: {@code <T>} → "the type of T". */
    static String typeParameter(String name) {
        return "the type of " + name;
    }

    static String returns(FunctionInfo f, boolean python) {
        List<String> words = NameWords.words(f.name());
        if (words.size() > 1) {
            String first = words.get(0);
            String rest = NameWords.join(words.subList(1, words.size()));
            if (PREDICATE_PREFIXES.contains(first)) {
                return python ? "True if " + rest + ", False otherwise" : "true if " + rest + ", false otherwise";
            }
            if (first.equals("to") || first.equals("as")) {
                return "the " + rest + " representation";
            }
            if (PRODUCING_VERBS.contains(first) && !PREPOSITIONS.contains(words.get(1))) {
                String last = words.get(words.size() - 1);
                // fetch_url returns what is at the URL, not the URL
                return LOCATIONS.contains(last) ? "the contents of the " + rest : "the " + rest;
            }
        }
        return "the result";
    }

    static String yields(FunctionInfo f) {
        List<String> words = NameWords.words(f.name());
        if (words.size() > 1 && GENERATOR_VERBS.contains(words.get(0))) {
            return "the " + NameWords.join(words.subList(1, words.size()));
        }
        return "the generated values";
    }

    static String raises(String exceptionType) {
        String simple = exceptionType.substring(exceptionType.lastIndexOf('.') + 1).strip();
        if (COMMON_RAISES.containsKey(simple)) {
            return COMMON_RAISES.get(simple);
        }
        List<String> words = NameWords.words(simple);
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            if (last.equals("error") || last.equals("exception")) {
                words = words.subList(0, words.size() - 1);
            }
        }
        if (words.isEmpty()) {
            return "if an error occurs";
        }
        String what = NameWords.join(words) + " error";
        return "if " + NameWords.article(what) + " " + what + " occurs";
    }

    private static boolean isBoolean(String annotation) {
        return annotation != null && (annotation.strip().equals("bool") || annotation.strip().equals("boolean"));
    }
}
