package ai.stagesense.lsp;

import ai.stagesense.codeintel.docstring.DocstringRequest;
import ai.stagesense.codeintel.docstring.DocstringResult;
import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The docstring code actions for the function whose definition contains the cursor: one "Generate docstring
 * (style)" per Python style (the configured one first and preferred) or "Generate Javadoc"; for a function that
 * has one, "Update docstring" / "Update Javadoc" only when the update would change it (the signature changed).
 */
final class DocstringActions {

    static final String KIND = CodeActionKind.RefactorRewrite + ".docstring";
    private static final Map<DocstringStyle, String> LABELS = Map.of(DocstringStyle.GOOGLE, "google",
            DocstringStyle.NUMPY, "numpy", DocstringStyle.REST, "reST", DocstringStyle.EPYTEXT, "epytext");
    private static final List<DocstringStyle> PYTHON_STYLES = List.of(DocstringStyle.GOOGLE, DocstringStyle.NUMPY,
            DocstringStyle.REST, DocstringStyle.EPYTEXT);

    private final DocstringSource engine;

    DocstringActions(DocstringSource engine) {
        this.engine = engine;
    }

    /**
     * @param line 0-based cursor line
     * @param lazy leave the edits of new docstrings to {@link #resolve} (the client resolves "edit"), so a
     *             request that lists four styles runs no generation until one is chosen
     */
    List<CodeAction> at(String uri, OpenDocuments.Doc doc, int line, DocstringStyle preferred, boolean lazy,
                        LspBudget budget) throws Exception {
        boolean java = doc.languageId().equals("java");
        if (!java && !doc.languageId().equals("python")) {
            return List.of();
        }
        FunctionInfo f = containing(doc.text(), java, line + 1);
        if (f == null) {
            return List.of();
        }
        List<CodeAction> actions = new ArrayList<>();
        if (f.docstring() != null) {
            DocstringResult r = generate(doc, java, null, line, budget);
            if (!LineEdits.replaced(doc.text(), r.edit()).equals(r.edit().text())) {
                actions.add(action(java ? "Update Javadoc" : "Update docstring", uri, doc, r, true));
            }
            return actions;
        }
        if (java) {
            actions.add(offer("Generate Javadoc", uri, doc, null, line, true, lazy, budget));
            return actions;
        }
        Set<DocstringStyle> order = new LinkedHashSet<>();
        order.add(preferred == null ? DocstringStyle.GOOGLE : preferred);
        order.addAll(PYTHON_STYLES);
        for (DocstringStyle style : order) {
            budget.check();
            actions.add(offer("Generate docstring (" + LABELS.get(style) + ")", uri, doc, style, line,
                    actions.isEmpty(), lazy, budget));
        }
        return actions;
    }

    private CodeAction offer(String title, String uri, OpenDocuments.Doc doc, DocstringStyle style, int line,
                             boolean preferred, boolean lazy, LspBudget budget) throws Exception {
        boolean java = doc.languageId().equals("java");
        if (!lazy) {
            return action(title, uri, doc, generate(doc, java, style, line, budget), preferred);
        }
        CodeAction action = new CodeAction(title);
        action.setKind(KIND);
        action.setIsPreferred(preferred);
        JsonObject data = new JsonObject();
        data.addProperty("uri", uri);
        data.addProperty("line", line);
        data.addProperty("style", style == null ? null : style.id());
        action.setData(data);
        return action;
    }

    /** Adds the edit to an action offered lazily; returns it unchanged when its document is no longer open. */
    CodeAction resolve(CodeAction action, OpenDocuments documents, LspBudget budget) throws Exception {
        if (!(action.getData() instanceof JsonObject data) || !data.has("uri") || !data.has("line")) {
            return action;
        }
        String uri = data.get("uri").getAsString();
        OpenDocuments.Doc doc = documents.get(uri).orElse(null);
        if (doc == null) {
            return action;
        }
        DocstringStyle style = data.has("style") && !data.get("style").isJsonNull()
                ? DocstringStyle.fromId(data.get("style").getAsString()) : null;
        DocstringResult r = generate(doc, doc.languageId().equals("java"), style, data.get("line").getAsInt(), budget);
        action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(LineEdits.toTextEdit(doc.text(), r.edit())))));
        return action;
    }

    /** The innermost function whose definition spans the 1-based line; null when the cursor is outside all. */
    private static FunctionInfo containing(String text, boolean java, int line) {
        List<FunctionInfo> functions = java ? JavaFunctions.extract(text) : PythonFunctions.extract(text);
        FunctionInfo best = null;
        for (FunctionInfo f : functions) {
            if (f.range().startLine() <= line && line <= f.range().endLine()
                    && (best == null || f.range().startLine() >= best.range().startLine())) {
                best = f;
            }
        }
        return best;
    }

    private DocstringResult generate(OpenDocuments.Doc doc, boolean java, DocstringStyle style, int line,
                                     LspBudget budget) throws Exception {
        return engine.generate(new DocstringRequest(doc.text(), java ? "java" : "python", style, line + 1), budget);
    }

    private static CodeAction action(String title, String uri, OpenDocuments.Doc doc, DocstringResult r,
                                     boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(KIND);
        action.setIsPreferred(preferred);
        action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(LineEdits.toTextEdit(doc.text(), r.edit())))));
        return action;
    }
}
