package ai.stagesense.intellij.core.server;

import ai.stagesense.intellij.core.api.ServerEndpoint;
import ai.stagesense.intellij.core.settings.StageSenseSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the server the settings point at, or starts the bundled one: a running server (e.g. one the user started
 * for JupyterLab too) is reused; when nothing answers on a loopback address and auto-start is on, the bundled jar
 * is started there (or on a free port when that one is taken by something else). The endpoint is remembered until
 * {@link #forget()} (called after a request found nothing listening) or the settings change.
 */
public final class ServerConnector implements AutoCloseable {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final int DEFAULT_PORT = 7878;

    private final ServerLauncher launcher;
    private final HealthCheck health;
    private final Optional<Path> bundledJar;
    private final Duration startingGrace;

    private ServerEndpoint endpoint;
    private String endpointKey;
    private LaunchedServer launched;

    /**
     * @param bundledJar    the jar shipped with the plugin, empty when there is none to start
     * @param startingGrace how long to wait for a server that answers but is not ready yet (loading models)
     */
    public ServerConnector(ServerLauncher launcher, HealthCheck health, Optional<Path> bundledJar,
                           Duration startingGrace) {
        this.launcher = launcher;
        this.health = health;
        this.bundledJar = bundledJar;
        this.startingGrace = startingGrace;
    }

    public synchronized ServerEndpoint connect(StageSenseSettings settings)
            throws ServerStartException, InterruptedException {
        StageSenseSettings s = settings.normalized();
        String key = s.serverUrl + "\n" + s.tokenFile;
        if (endpoint != null && key.equals(endpointKey) && (launched == null || launched.isAlive())) {
            return endpoint;
        }
        forget();
        URI url = s.serverUri();
        Path tokenFile = TokenFile.resolve(s.tokenFile);
        Health seen = health.probe(url);
        if (seen == Health.NOT_READY) {
            seen = health.awaitReady(url, startingGrace, () -> true);
        }
        if (seen == Health.READY) {
            endpoint = new ServerEndpoint(url, TokenFile.read(tokenFile).orElse(null));
        } else if (seen == Health.NOT_READY) {
            throw new ServerStartException("The server at " + url + " answers but its /v1/health did not report ready"
                    + " within " + ServerLauncher.seconds(startingGrace) + " s; is it a StageSense server?");
        } else {
            launched = launch(s, url, tokenFile);
            endpoint = launched.endpoint();
        }
        endpointKey = key;
        return endpoint;
    }

    /** Forget the remembered endpoint, so that the next {@link #connect} probes (and maybe starts) again. */
    public synchronized void forget() {
        endpoint = null;
        endpointKey = null;
        if (launched != null && !launched.isAlive()) {
            launched = null;
        }
    }

    /** The server this connector started, if it did and it is still running. */
    public synchronized Optional<LaunchedServer> launched() {
        return Optional.ofNullable(launched).filter(LaunchedServer::isAlive);
    }

    private LaunchedServer launch(StageSenseSettings s, URI url, Path tokenFile)
            throws ServerStartException, InterruptedException {
        if (!s.autoStartServer) {
            throw new ServerStartException("No StageSense server answers at " + url
                    + ". Start one with `stagesense serve`, or enable starting the bundled server in settings.");
        }
        if (!LOOPBACK.contains(url.getHost())) {
            throw new ServerStartException("No StageSense server answers at " + url
                    + ", and the bundled server is only started on this machine (loopback addresses).");
        }
        Path jar = bundledJar.orElseThrow(() -> new ServerStartException("No StageSense server answers at " + url
                + " and this installation has no bundled server jar to start."));
        if (launched != null) {
            launched.close(); // a server we started for other settings: one at a time
            launched = null;
        }
        int wanted = url.getPort() > 0 ? url.getPort() : DEFAULT_PORT;
        int port = FreePort.isFree(wanted) ? wanted : FreePort.pick();
        String host = url.getHost().equals("localhost") ? "127.0.0.1" : url.getHost().replace("[", "").replace("]", "");
        return launcher.launch(new LaunchSpec(jar, host, port, tokenFile, null));
    }

    /** Stops the server this connector started; a server someone else started is left running. */
    @Override
    public synchronized void close() {
        if (launched != null) {
            launched.close();
            launched = null;
        }
        endpoint = null;
        endpointKey = null;
    }
}
