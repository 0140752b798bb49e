package ai.stagesense.intellij.core.server;

import ai.stagesense.intellij.core.api.ServerEndpoint;
import java.util.concurrent.TimeUnit;

/** A server process this plugin started; closing it stops the process (and anything it spawned). */
public final class LaunchedServer implements AutoCloseable {

    private static final long GRACE_SECONDS = 5;

    private final Process process;
    private final ServerEndpoint endpoint;
    private final OutputTail output;

    LaunchedServer(Process process, ServerEndpoint endpoint, OutputTail output) {
        this.process = process;
        this.endpoint = endpoint;
        this.output = output;
    }

    public ServerEndpoint endpoint() {
        return endpoint;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines the server printed, for a "server stopped" message. */
    public String output() {
        return output.text();
    }

    public long pid() {
        return process.pid();
    }

    /** Asks politely first so the server can finish requests in flight, then insists. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
