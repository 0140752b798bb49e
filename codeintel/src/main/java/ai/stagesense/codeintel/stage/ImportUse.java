package ai.stagesense.codeintel.stage;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a cell's imports its own code uses. The labelling rules weigh an import the cell uses as part of the work
 * it enables, and one it does not use as set-up. Masked lines cannot tell: they keep only a statement's outer call
 * ({@code print(accuracy_score(...))} is {@code print}) and drop aliases, so this reads the raw source.
 */
final class ImportUse {

    private static final Pattern IMPORT_STATEMENT = Pattern.compile("^\\s*(?:from\\s+\\S+\\s+)?import\\s");

    /** {@code pandas as pd}, {@code c as d} in {@code from a.b import c as d}. */
    private static final Pattern ALIAS = Pattern.compile("([\\w.]+)\\s+as\\s+(\\w+)");

    private final String code;
    private final Map<String, String> aliases = new HashMap<>();

    ImportUse(String source) {
        StringBuilder rest = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            if (IMPORT_STATEMENT.matcher(line).find()) {
                Matcher alias = ALIAS.matcher(line);
                while (alias.find()) {
                    aliases.put(alias.group(1), alias.group(2));
                }
            } else {
                rest.append(line).append('\n');
            }
        }
        this.code = rest.toString();
    }

    /**
     * Whether the code outside import statements names what {@code path} binds: its alias, else its last segment
     * ({@code sklearn.metrics.f1_score} → {@code f1_score}; {@code matplotlib.pyplot} imported as {@code plt}).
     */
    boolean uses(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        String name = aliases.getOrDefault(path, aliases.getOrDefault(last, path.contains(".") ? last : path));
        if (name.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)").matcher(code).find();
    }
}
