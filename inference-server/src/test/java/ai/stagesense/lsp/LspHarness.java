package ai.stagesense.lsp;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real lsp4j client talking JSON-RPC to {@link LspRunner} over piped streams, so every test goes through the
 * protocol's serialisation exactly as an editor's messages do.
 */
final class LspHarness implements AutoCloseable {

    final LanguageServer server;
    final CompletableFuture<Integer> exitCode;
    private final PipedOutputStream toServer;

    LspHarness(LspEngines engines) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream toClient = new PipedOutputStream(clientIn);
        exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return LspRunner.serve(engines, serverIn, toClient);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new SilentClient(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    InitializeResult initialize(Object options) throws Exception {
        return initialize(options, new ClientCapabilities());
    }

    InitializeResult initialize(Object options, ClientCapabilities capabilities) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        params.setInitializationOptions(options);
        InitializeResult result = server.initialize(params).get(10, TimeUnit.SECONDS);
        server.initialized(new org.eclipse.lsp4j.InitializedParams());
        return result;
    }

    void open(String uri, String languageId, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, languageId, 1, text)));
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exitCode.isDone()) {
            toServer.close();
        }
    }

    /** Servers may log or show messages; these tests look at responses only. */
    private static final class SilentClient implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
