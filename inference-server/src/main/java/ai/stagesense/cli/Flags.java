package ai.stagesense.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches of one command, checked against what it accepts. */
final class Flags {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();

    static Flags parse(String[] args, Set<String> valued, Set<String> booleans) throws UsageException {
        Flags flags = new Flags();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (booleans.contains(arg)) {
                flags.switches.add(arg);
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                flags.values.put(arg, args[++i]);
            } else {
                throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        return flags;
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    Path path(String name, Path fallback) {
        String value = values.get(name);
        return value == null ? fallback : Path.of(value);
    }

    int integer(String name, int fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + value + "'");
        }
    }

    boolean has(String flag) {
        return switches.contains(flag);
    }
}
