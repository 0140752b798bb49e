package ai.stagesense.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.NotebookDocumentSyncRegistrationOptions;
import org.eclipse.lsp4j.NotebookSelector;
import org.eclipse.lsp4j.NotebookSelectorCell;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.NotebookDocumentService;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * StageSense as a language server: capabilities, lifecycle and the three services. {@link #exited()} completes on
 * the {@code exit} notification with the process exit code the spec asks for (0 after {@code shutdown}, else 1).
 */
public final class StageSenseLanguageServer implements LanguageServer {

    private final AtomicReference<LspSettings> settings = new AtomicReference<>(LspSettings.DEFAULTS);
    private final AtomicBoolean shutdown = new AtomicBoolean();
    private final AtomicBoolean resolvesEdits = new AtomicBoolean();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private final OpenDocuments documents = new OpenDocuments();
    private final StageSenseTextService text;
    private final StageSenseWorkspaceService workspace;
    private final StageSenseNotebookService notebooks;

    /** @param workers runs the requests; the caller owns and shuts it down */
    public StageSenseLanguageServer(LspEngines engines, ExecutorService workers) {
        Requests requests = new Requests(workers, settings::get);
        this.text = new StageSenseTextService(documents, engines, requests, settings::get, resolvesEdits::get);
        this.workspace = new StageSenseWorkspaceService(engines, requests, settings::get, this::configure);
        this.notebooks = new StageSenseNotebookService(documents);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        configure(params.getInitializationOptions());
        resolvesEdits.set(ClientSupport.resolvesCodeActionEdits(params.getCapabilities()));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(),
                new ServerInfo("stagesense", "0.1.0")));
    }

    private static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        NotebookSelector anyNotebook = new NotebookSelector();
        anyNotebook.setNotebook(Either.forLeft("*"));
        anyNotebook.setCells(List.of(new NotebookSelectorCell("python")));
        c.setNotebookDocumentSync(new NotebookDocumentSyncRegistrationOptions(List.of(anyNotebook)));
        CodeActionOptions actions = new CodeActionOptions(List.of(DocstringActions.KIND));
        actions.setResolveProvider(true);
        c.setCodeActionProvider(actions);
        c.setCompletionProvider(new CompletionOptions(false, List.of()));
        c.setInlineCompletionProvider(true);
        c.setHoverProvider(true);
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(StageSenseWorkspaceService.SIMILAR_PACKAGES)));
        return c;
    }

    /** Settings from initializationOptions or didChangeConfiguration; see {@link LspSettings#merge}. */
    void configure(Object json) {
        settings.updateAndGet(s -> s.merge(json));
    }

    LspSettings settings() {
        return settings.get();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown.set(true);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutdown.get() ? 0 : 1);
    }

    public CompletableFuture<Integer> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return text;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    @Override
    public NotebookDocumentService getNotebookDocumentService() {
        return notebooks;
    }
}
