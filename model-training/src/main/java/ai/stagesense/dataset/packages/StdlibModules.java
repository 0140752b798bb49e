package ai.stagesense.dataset.packages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The standard library's top-level modules: imported by nearly every notebook, so as co-imports they would link
 * every package to {@code os} and {@code sys} and drown the signal. From CPython's own list (see the resource).
 */
public final class StdlibModules {

    private static final Set<String> MODULES = load();

    private StdlibModules() {
    }

    public static boolean contains(String topLevelModule) {
        return MODULES.contains(topLevelModule);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = StdlibModules.class.getResourceAsStream("/ai/stagesense/dataset/stdlib-modules.txt")) {
            if (in == null) {
                throw new IllegalStateException("stdlib-modules.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
