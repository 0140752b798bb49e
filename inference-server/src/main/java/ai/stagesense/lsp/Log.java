package ai.stagesense.lsp;

import java.io.PrintStream;

/**
 * The language server's log. stdout is the protocol channel, so every line goes to stderr, which editors show in
 * their LSP log; code and document contents are never logged, as in the HTTP server.
 */
final class Log {

    private static final PrintStream ERR = System.err;

    private Log() {
    }

    static void info(String message) {
        ERR.println("stagesense lsp: " + message);
    }

    static void error(String message, Throwable t) {
        ERR.println("stagesense lsp: " + message + ": " + t);
    }
}
