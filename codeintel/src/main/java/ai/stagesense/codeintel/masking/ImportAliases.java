package ai.stagesense.codeintel.masking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What each imported name stands for: {@code pd} → {@code pandas}, {@code train_test_split} → its full path. */
final class ImportAliases {

    private final Map<String, String> paths = new LinkedHashMap<>();

    void bind(String localName, String modulePath) {
        paths.put(localName, modulePath);
    }

    String resolve(String name) {
        return paths.get(name);
    }

    /** Forgets a name that was rebound as a variable (e.g. {@code np = 3} after {@code import numpy as np}). */
    void unbind(String name) {
        paths.remove(name);
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }
}
