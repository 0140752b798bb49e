package ai.stagesense.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code serve}'s options from the command line, the environment and the launcher, in that order of precedence.
 * The launcher passes its installation's {@code models/} as the system property {@value #DEFAULT_MODELS_PROPERTY};
 * a jar started on its own falls back to models bundled inside it.
 */
public final class ServerOptionsParser {

    public static final String DEFAULT_MODELS_PROPERTY = "stagesense.models";

    public static final String HELP = """
            usage: stagesense serve [--host HOST] [--port PORT] [--models DIR] [--token-file FILE]
                                    [--budget-ms MS] [--threads N]

            Starts the StageSense HTTP API (JSON; see /openapi.json) and prints its URL once it is ready.

              --host HOST        address to bind; env STAGESENSE_HOST; default 127.0.0.1. Anything but a loopback
                                 address makes the API reachable from the network (the token still guards it).
              --port PORT        TCP port, 0 for any free port; env STAGESENSE_PORT; default 7878
              --models DIR       models directory holding manifest.json; env STAGESENSE_MODELS; default: the
                                 models/ directory of the installation (./stagesense passes it), else the models
                                 bundled in the jar. Startup fails when a listed file is missing or its sha256
                                 differs; an entry marked "optional" that is absent disables only its endpoints.
              --token-file FILE  bearer token every endpoint but /v1/health requires; env STAGESENSE_TOKEN_FILE;
                                 default $XDG_CONFIG_HOME/stagesense/token (else ~/.config/stagesense/token).
                                 Created with a random 256-bit token and mode 0600 when absent.
              --budget-ms MS     time budget of one request; past it the work is cancelled and the answer is 503;
                                 env STAGESENSE_BUDGET_MS; default 2000
              --threads N        model worker threads; env STAGESENSE_THREADS; default: the number of cores (>= 2)
              --help             this text

            Clients send  Authorization: Bearer $(cat TOKEN_FILE)  and  Content-Type: application/json.
            The access log (stderr) has method, path, status and milliseconds only: never bodies or code.
            """;

    private final Map<String, String> env;
    private final Map<String, String> properties;

    public ServerOptionsParser(Map<String, String> env, Map<String, String> properties) {
        this.env = env;
        this.properties = properties;
    }

    /** The real process environment and system properties. */
    public static ServerOptionsParser system() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new ServerOptionsParser(System.getenv(), props);
    }

    /** @throws IllegalArgumentException with a message for the user when an option is unknown or malformed */
    public ServerOptions parse(String[] args) {
        String host = env.getOrDefault("STAGESENSE_HOST", ServerOptions.DEFAULT_HOST);
        String port = env.getOrDefault("STAGESENSE_PORT", Integer.toString(ServerOptions.DEFAULT_PORT));
        String models = env.get("STAGESENSE_MODELS");
        String token = env.get("STAGESENSE_TOKEN_FILE");
        String budget = env.getOrDefault("STAGESENSE_BUDGET_MS", Long.toString(ServerOptions.DEFAULT_BUDGET_MILLIS));
        String threads = env.getOrDefault("STAGESENSE_THREADS",
                Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            String name = arg;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> port = value;
                case "--models" -> models = value;
                case "--token-file" -> token = value;
                case "--budget-ms" -> budget = value;
                case "--threads" -> threads = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
        }
        boolean explicit = models != null && !models.isBlank();
        Path modelsDir = explicit ? Path.of(models) : defaultModels();
        return new ServerOptions(host.strip(), number("--port", port, 0, 65535), modelsDir, explicit,
                token != null && !token.isBlank() ? Path.of(token) : defaultTokenFile(),
                number("--budget-ms", budget, 10, 600_000), number("--threads", threads, 1, 256));
    }

    /** The launcher's models/ when it has a manifest; null lets the server look inside its jar. */
    private Path defaultModels() {
        String dir = properties.get(DEFAULT_MODELS_PROPERTY);
        if (dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, "manifest.json"))) {
            return Path.of(dir);
        }
        return null;
    }

    Path defaultTokenFile() {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(properties.getOrDefault("user.home", "."), ".config");
        return config.resolve("stagesense").resolve("token");
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + value + "'");
        }
    }
}
