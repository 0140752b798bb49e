package ai.stagesense.codeintel.masking;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stable numbering of the user's variables across the cells of one notebook. */
final class VariableTable {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> dictionary = new LinkedHashMap<>();

    /** The masked token of a bound name, or null if the name was never bound. */
    String lookup(String name) {
        Integer n = numbers.get(name);
        return n == null ? null : "var" + n;
    }

    /** Binds a name (first binding allocates the next number) and returns its masked token. */
    String bind(String name) {
        Integer n = numbers.computeIfAbsent(name, k -> {
            int next = numbers.size();
            dictionary.put("var" + next, k);
            return next;
        });
        return "var" + n;
    }

    Map<String, String> dictionary() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(dictionary));
    }
}
