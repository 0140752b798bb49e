package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The function-name baseline of the summariser evaluation, and the summary used when no model is loaded: the name's
 * words as an imperative sentence ({@code load_config} → "Load config.", {@code getUserName} → "Get user name.").
 * Predicates read as "Return whether ...", {@code to_x} as "Convert to x.", {@code from_x} as "Create an instance
 * from x.", constructors as "Create a new X."; abbreviated verbs are spelled out ({@code iter_rows} → "Iterate over
 * rows.").
 */
public final class FunctionNameSummarizer implements Summarizer {

    /** Special methods whose names are not verbs; their meaning is fixed by the data model. */
    private static final Map<String, String> DUNDERS = Map.ofEntries(
            Map.entry("__init__", "Initialize the instance."),
            Map.entry("__new__", "Create a new instance."),
            Map.entry("__post_init__", "Finish initializing the instance."),
            Map.entry("__repr__", "Return the representation of the instance."),
            Map.entry("__str__", "Return the string form of the instance."),
            Map.entry("__len__", "Return the number of items."),
            Map.entry("__iter__", "Iterate over the items."),
            Map.entry("__next__", "Return the next item."),
            Map.entry("__contains__", "Return whether the item is contained."),
            Map.entry("__getitem__", "Return the item for a key."),
            Map.entry("__setitem__", "Set the item for a key."),
            Map.entry("__delitem__", "Delete the item for a key."),
            Map.entry("__eq__", "Return whether equal to another object."),
            Map.entry("__hash__", "Return the hash of the instance."),
            Map.entry("__call__", "Call the instance."),
            Map.entry("__enter__", "Enter the context."),
            Map.entry("__exit__", "Exit the context."));

    /** Abbreviated verbs that start many function names, spelled out so the summary reads as a sentence. */
    private static final Map<String, String> ABBREVIATED_VERBS = Map.of(
            "iter", "iterate over", "calc", "calculate", "init", "initialize", "gen", "generate", "eval", "evaluate",
            "exec", "execute", "preproc", "preprocess", "calib", "calibrate");

    private static final Set<String> PREDICATE_PREFIXES = Set.of("is", "has", "can", "should", "was", "does", "needs");

    @Override
    public String summarize(FunctionInfo f) {
        String name = f.name();
        if ("python".equals(f.language()) && DUNDERS.containsKey(name)) {
            return DUNDERS.get(name);
        }
        if (isJavaConstructor(f)) {
            return "Create a new " + name + ".";
        }
        List<String> words = NameWords.words(name);
        if (words.isEmpty()) {
            return "Run " + name + ".";
        }
        List<String> rest = words.subList(1, words.size());
        String first = words.get(0);
        if (!rest.isEmpty() && PREDICATE_PREFIXES.contains(first)) {
            return "Return whether " + NameWords.join(rest) + ".";
        }
        if (!rest.isEmpty() && first.equals("to")) {
            return "Convert to " + NameWords.join(rest) + ".";
        }
        if (!rest.isEmpty() && first.equals("from")) {
            return "Create an instance from " + NameWords.join(rest) + ".";
        }
        String verb = ABBREVIATED_VERBS.getOrDefault(first, imperative(first));
        return NameWords.sentence(rest.isEmpty() ? verb : verb + " " + NameWords.join(rest));
    }

    /**
     * "matches" → "match", "applies" → "apply", "returns" → "return": PEP 257 asks for the imperative mood. Words
     * that merely end in s (process, status, axis, alias) are left alone.
     */
    static String imperative(String word) {
        if (word.equals("does") || word.equals("goes")) {
            return word.substring(0, 2);
        }
        if (word.length() <= 3 || !word.endsWith("s") || word.matches(".*(?:ss|us|is|as|os)$")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.matches(".*(?:ches|shes|sses|xes|zes)$")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /** JavaParser gives constructors no return type; methods always have one ({@code void} included). */
    static boolean isJavaConstructor(FunctionInfo f) {
        return "java".equals(f.language()) && f.returnType() == null;
    }
}
