package ai.stagesense.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Serves one client over a pair of streams until it sends {@code exit} or closes its end. */
public final class LspRunner {

    private LspRunner() {
    }

    /** @return the process exit code: 0 after shutdown + exit, 1 for exit without shutdown or a vanished client */
    public static int serve(LspEngines engines, InputStream in, OutputStream out) throws Exception {
        // two workers: a slow completion must not hold up a code action; engines are thread-safe
        ExecutorService workers = Executors.newFixedThreadPool(2, daemon("stagesense-lsp-worker"));
        ExecutorService io = Executors.newCachedThreadPool(daemon("stagesense-lsp-io"));
        try {
            StageSenseLanguageServer server = new StageSenseLanguageServer(engines, workers);
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, io, null);
            Future<Void> listening = launcher.startListening();
            CompletableFuture<Object> closed = CompletableFuture.supplyAsync(() -> {
                try {
                    listening.get();
                } catch (Exception e) {
                    // the stream ended or broke; either way the client is gone
                }
                return 1;
            }, io);
            Object code = CompletableFuture.anyOf(server.exited(), closed).get();
            return (Integer) code;
        } finally {
            workers.shutdownNow();
            io.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
