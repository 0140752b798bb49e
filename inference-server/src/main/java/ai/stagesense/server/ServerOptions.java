package ai.stagesense.server;

import java.nio.file.Path;

/**
 * How to run the server.
 *
 * @param models         the models directory, or null to start without models
 * @param modelsExplicit true when the user named the directory (then it must hold a manifest); false for the
 *                       installation's default, which may not have been trained yet
 * @param budgetMillis   time budget of one request in the engines
 * @param threads        engine worker threads
 */
public record ServerOptions(String host, int port, Path models, boolean modelsExplicit, Path tokenFile,
                            long budgetMillis, int threads) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7878;
    public static final long DEFAULT_BUDGET_MILLIS = 2000;

    /** Requests waiting for a worker beyond this many are turned away with 503 instead of queueing past the budget. */
    public int queueCapacity() {
        return threads * 16;
    }
}
