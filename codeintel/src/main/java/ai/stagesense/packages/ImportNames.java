package ai.stagesense.packages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * The two resource tables about import names: which imports name a differently called distribution
 * ({@code import-names.tsv}: {@code sklearn} → scikit-learn) and which belong to the standard library
 * ({@code stdlib-modules.txt}), so {@code import os} is neither a package nor an unknown one.
 */
public final class ImportNames {

    private static final ImportNames DEFAULT = new ImportNames(
            readTable("import-names.tsv"), new HashSet<>(readTable("stdlib-modules.txt").keySet()));

    private final Map<String, String> distributions;
    private final Set<String> stdlib;

    ImportNames(Map<String, String> distributions, Set<String> stdlib) {
        this.distributions = Map.copyOf(distributions);
        this.stdlib = Set.copyOf(stdlib);
    }

    public static ImportNames standard() {
        return DEFAULT;
    }

    /**
     * The distribution for an import path: the longest dotted prefix in the table wins
     * ({@code google.cloud.storage.blob} → google-cloud-storage), compared case-insensitively.
     */
    public Optional<String> distribution(String importPath) {
        String key = importPath.strip().toLowerCase(Locale.ROOT);
        while (true) {
            String found = distributions.get(key);
            if (found != null) {
                return Optional.of(found);
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            key = key.substring(0, dot);
        }
    }

    /** True for a standard-library module or any submodule of one ({@code os.path}). */
    public boolean isStdlib(String importPath) {
        String top = importPath.strip();
        int dot = top.indexOf('.');
        return stdlib.contains(dot < 0 ? top : top.substring(0, dot));
    }

    /** Lines of a resource: {@code key} or {@code key<TAB>value}; {@code #} starts a comment line. */
    private static Map<String, String> readTable(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = ImportNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    out.put(line.strip(), "");
                } else {
                    out.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
