package ai.stagesense.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlineCompletionItem;
import org.eclipse.lsp4j.InlineCompletionList;
import org.eclipse.lsp4j.InlineCompletionParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The {@code textDocument/*} side: document sync into {@link OpenDocuments}, and the four requests. A request for a
 * document that is not open, in a language we do not serve, or with a feature switched off answers with nothing.
 */
final class StageSenseTextService implements TextDocumentService {

    private final OpenDocuments documents;
    private final LspEngines engines;
    private final Requests requests;
    private final Supplier<LspSettings> settings;
    private final BooleanSupplier lazyEdits;

    /** @param lazyEdits whether the client resolves a code action's edit (then edits are computed on resolve) */
    StageSenseTextService(OpenDocuments documents, LspEngines engines, Requests requests,
                          Supplier<LspSettings> settings, BooleanSupplier lazyEdits) {
        this.documents = documents;
        this.engines = engines;
        this.requests = requests;
        this.settings = settings;
        this.lazyEdits = lazyEdits;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        documents.open(item.getUri(), item.getLanguageId(), item.getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        documents.change(params.getTextDocument().getUri(), params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        documents.close(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the text arrives through didChange; a save changes nothing the features use
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.submit("codeAction", List.of(), budget -> {
            Optional<OpenDocuments.Doc> doc = doc(params.getTextDocument());
            LspSettings s = settings.get();
            if (doc.isEmpty() || !s.docstrings() || !kindRequested(params)) {
                return List.of();
            }
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            new DocstringActions(engines.docstrings())
                    .at(params.getTextDocument().getUri(), doc.get(), params.getRange().getStart().getLine(),
                            s.docstringStyle(), lazyEdits.getAsBoolean(), budget)
                    .forEach(a -> out.add(Either.forRight(a)));
            return out;
        });
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        return requests.submit("codeAction/resolve", unresolved,
                budget -> new DocstringActions(engines.docstrings()).resolve(unresolved, documents, budget));
    }

    /** A client asking only for other kinds (e.g. "quickfix" on save) gets no docstring actions. */
    private static boolean kindRequested(CodeActionParams params) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        return only == null || only.isEmpty()
                || only.stream().anyMatch(k -> DocstringActions.KIND.equals(k)
                        || DocstringActions.KIND.startsWith(k + "."));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Either<List<CompletionItem>, CompletionList> empty = Either.forRight(new CompletionList(false, List.of()));
        return requests.submit("completion", empty, budget -> {
            List<CompletionItem> items = new ArrayList<>();
            int rank = 0;
            for (NextLines.Line line : lines(params.getTextDocument(), params.getPosition(), budget)) {
                CompletionItem item = new CompletionItem(line.text());
                item.setKind(CompletionItemKind.Snippet);
                item.setDetail(line.stage() == null ? "StageSense" : "StageSense · " + line.stage());
                item.setTextEdit(Either.forLeft(new TextEdit(line.range(), line.text())));
                item.setFilterText(line.text());
                // keep the engine's order: clients sort by sortText, not by arrival
                item.setSortText(String.format("%04d", rank++));
                items.add(item);
            }
            // incomplete: the next keystroke changes the context, so clients must ask again rather than filter
            return Either.forRight(new CompletionList(true, items));
        });
    }

    @Override
    public CompletableFuture<Either<List<InlineCompletionItem>, InlineCompletionList>> inlineCompletion(
            InlineCompletionParams params) {
        Either<List<InlineCompletionItem>, InlineCompletionList> empty =
                Either.forRight(new InlineCompletionList(List.of()));
        return requests.submit("inlineCompletion", empty, budget -> {
            List<InlineCompletionItem> items = new ArrayList<>();
            for (NextLines.Line line : lines(params.getTextDocument(), params.getPosition(), budget)) {
                InlineCompletionItem item = new InlineCompletionItem(Either.forLeft(line.text()));
                item.setRange(line.range());
                item.setFilterText(line.text());
                items.add(item);
            }
            return Either.forRight(new InlineCompletionList(items));
        });
    }

    private List<NextLines.Line> lines(TextDocumentIdentifier id, Position position,
                                       LspBudget budget) throws Exception {
        Optional<OpenDocuments.Doc> doc = doc(id);
        LspSettings s = settings.get();
        if (doc.isEmpty() || !s.completion() || position == null) {
            return List.of();
        }
        return new NextLines(engines.nextLines())
                .at(doc.get(), documents.earlierCells(id.getUri()), position, s.maxSuggestions(), budget);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.submit("hover", null, budget -> {
            Optional<OpenDocuments.Doc> doc = doc(params.getTextDocument());
            if (doc.isEmpty() || engines.packages() == null || !settings.get().packages()
                    || !doc.get().languageId().equals("python") || params.getPosition() == null) {
                return null;
            }
            String text = doc.get().text();
            String word = Imports.wordAt(text, TextPositions.offset(text, params.getPosition()));
            List<String> sources = new ArrayList<>(documents.earlierCells(params.getTextDocument().getUri()));
            sources.add(text);
            Map<String, String> imported = Imports.names(sources);
            String pkg = word == null ? null : imported.get(word);
            if (pkg == null) {
                return null;
            }
            PackageInfo info = engines.packages().lookup(pkg, 5, budget);
            return info == null ? null : new Hover(new MarkupContent(MarkupKind.MARKDOWN, info.markdown()));
        });
    }

    private Optional<OpenDocuments.Doc> doc(TextDocumentIdentifier id) {
        return id == null ? Optional.empty() : documents.get(id.getUri());
    }
}
