package ai.stagesense.codeintel.specificalization;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for variables a suggestion introduces, chosen the way data scientists name them: a loaded table is
 * {@code df}, a split is {@code X_train, X_test, y_train, y_test}, an estimator is {@code model}.
 */
final class FreshNames {

    private static final Set<String> LOADERS = Set.of("read_csv", "read_parquet", "read_excel", "read_json",
            "read_table", "read_sql", "read_feather", "read_pickle", "DataFrame");

    private FreshNames() {
    }

    /**
     * @param api      the last name called or read in the value (e.g. {@code read_csv}), or null
     * @param function whether {@code api} is a function the user calls by name, not a member of one of their
     *                 variables: a target of the same name would shadow it
     * @param index    position of this target among the statement's targets
     * @param count    number of targets
     * @param loop     whether the targets are a for-loop's
     * @param taken    names already in use; the result avoids them
     */
    static String suggest(String api, boolean function, int index, int count, boolean loop, Set<String> taken) {
        String base = base(api, index, count, loop);
        if (function && base.equals(api)) {
            // x = preprocess(x) named preprocess would work once, then the function is gone
            base = noun(api);
        }
        return unique(base, taken);
    }

    /** What a verb-named function returns, {@code load_digits} → {@code digits}; else {@code result}. */
    private static String noun(String api) {
        for (String verb : VERBS) {
            if (api.startsWith(verb) && api.length() > verb.length()
                    && Character.isJavaIdentifierStart(api.charAt(verb.length()))) {
                String rest = api.substring(verb.length());
                return BUILTINS.contains(rest) ? "result" : rest;
            }
        }
        return "result";
    }

    private static final List<String> VERBS = List.of("load_", "fetch_", "make_", "read_", "get_", "create_",
            "build_", "generate_", "compute_", "calculate_");

    private static String base(String api, int index, int count, boolean loop) {
        if (loop) {
            if ("iterrows".equals(api) || "items".equals(api) || "iteritems".equals(api)) {
                return index == 0 ? (api.equals("iterrows") ? "idx" : "key") : (api.equals("iterrows") ? "row" : "value");
            }
            if ("enumerate".equals(api)) {
                return index == 0 ? "i" : "item";
            }
            if ("range".equals(api)) {
                return "i";
            }
            return count > 1 ? "item" + (index + 1) : "item";
        }
        if (api == null) {
            return "value";
        }
        if (LOADERS.contains(api)) {
            return "df";
        }
        if (api.equals("train_test_split")) {
            List<String> names = count == 2 ? List.of("train", "test") : List.of("X_train", "X_test", "y_train", "y_test");
            return index < names.size() ? names.get(index) : "split" + index;
        }
        if (api.endsWith("Classifier") || api.endsWith("Regressor") || api.endsWith("Model")
                || api.endsWith("Regression")) {
            return "model";
        }
        if (api.equals("open")) {
            return "f";
        }
        if (api.equals("subplots") && count == 2) {
            return index == 0 ? "fig" : "ax";
        }
        if (api.equals("figure")) {
            return "fig";
        }
        if (api.equals("predict") || api.equals("predict_proba")) {
            return api.equals("predict") ? "y_pred" : "y_proba";
        }
        if (count == 2 && (api.startsWith("make_") || api.startsWith("load_") || api.startsWith("fetch_"))) {
            return index == 0 ? "X" : "y"; // scikit-learn's toy data sets as (X, y)
        }
        if (api.equals("join")) {
            return "path";
        }
        String snake = snakeCase(api);
        // a name that would shadow a built-in (int = int(x)) breaks the user's later calls of it
        return BUILTINS.contains(snake) ? "value" : snake;
    }

    private static final Set<String> BUILTINS = Set.of("abs", "all", "any", "bool", "bytes", "dict", "dir", "divmod",
            "enumerate", "eval", "filter", "float", "format", "hash", "id", "input", "int", "iter", "len", "list",
            "map", "max", "min", "next", "object", "open", "pow", "print", "range", "repr", "reversed", "round", "set",
            "sorted", "str", "sum", "tuple", "type", "vars", "zip");

    private static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + n)) {
                return base + n;
            }
        }
    }

    static String snakeCase(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
        return snake.isEmpty() || !Character.isJavaIdentifierStart(snake.charAt(0)) ? "value" : snake;
    }
}
