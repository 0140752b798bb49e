package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.Docstring;
import ai.stagesense.codeintel.functions.DocstringStyle;
import ai.stagesense.codeintel.functions.FunctionInfo;
import ai.stagesense.codeintel.functions.FunctionLookup;
import ai.stagesense.codeintel.functions.JavaFunctions;
import ai.stagesense.codeintel.functions.PythonFunctions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes or updates the docstring of the function under the cursor and says how to put it into the code.
 *
 * <p>A function without a docstring gets a new one: the summariser's sentence, then every parameter, the return
 * value, yields and raised exceptions in the chosen style. A function with one gets it updated (see
 * {@link DocstringUpdater}), or converted when a different style is asked for explicitly. Broken or unfinished code
 * gets a best-effort docstring for whatever signature the extractors recover ({@link DocstringResult#complete()} is
 * then false).
 *
 * <p>Errors: {@link NoFunctionFoundException} when the code has no function at all, or none at or after the
 * cursor line (HTTP 422);
 * {@link IllegalArgumentException} for an unknown language or a style that does not fit it (HTTP 400). Nothing else
 * is thrown for any input text.
 */
public final class DocstringGenerator {

    private DocstringGenerator() {
    }

    public static DocstringResult generate(DocstringRequest request, Summarizer summarizer) {
        return generate(request.code(), request.language(), request.style(), request.cursorLine(), summarizer);
    }

    /**
     * @param code       the file or cell
     * @param language   "python" or "java"
     * @param style      null to follow the code's existing docstrings (google when there are none)
     * @param cursorLine 1-based; null for the first function
     * @param summarizer writes the summary of a new docstring; null for the function-name baseline
     */
    public static DocstringResult generate(String code, String language, DocstringStyle style, Integer cursorLine,
                                           Summarizer summarizer) {
        boolean java = isJava(language);
        String source = code == null ? "" : code;
        List<FunctionInfo> functions = java ? JavaFunctions.extract(source) : PythonFunctions.extract(source);
        FunctionInfo f = cursorLine == null ? functions.stream().findFirst().orElse(null)
                : FunctionLookup.at(functions, cursorLine);
        if (f == null) {
            throw new NoFunctionFoundException(java ? "java" : "python", cursorLine);
        }
        DocstringStyle chosen = StyleChoice.resolve(java, style, f, functions);
        SourceText text = new SourceText(source, java);
        boolean method = isMethod(f, functions);
        return f.docstring() == null ? create(f, chosen, text, method, summarizer)
                : update(f, chosen, text, method, summarizer);
    }

    private static DocstringResult create(FunctionInfo f, DocstringStyle style, SourceText text, boolean method,
                                          Summarizer summarizer) {
        String summary = SummaryText.of(f, summarizer);
        List<String> lines = StyleSupport.renderer(style).render(DocContentFactory.create(f, List.of(summary),
                method));
        return result(lines, summary, style, f, DocPlacement.insert(f, text, lines), false);
    }

    /** Keeps the person's text: updated in place, or carried over when another style was asked for explicitly. */
    private static DocstringResult update(FunctionInfo f, DocstringStyle style, SourceText text, boolean method,
                                          Summarizer summarizer) {
        Docstring existing = f.docstring();
        List<String> oldLines = Arrays.asList(existing.text().split("\n", -1));
        List<String> intro = existing.text().isBlank() ? List.of(SummaryText.of(f, summarizer)) : List.of();
        DocContent wanted = DocContentFactory.create(f, intro, method);
        StyleRenderer renderer = StyleSupport.renderer(style);
        List<String> lines;
        if (existing.style() != DocstringStyle.PLAIN && existing.style() != style) {
            DocOutline old = StyleSupport.layout(existing.style()).outline(oldLines);
            DocContent merged = DocstringConverter.merge(old, wanted);
            if (merged.intro().isEmpty()) {
                merged = new DocContent(List.of(SummaryText.of(f, summarizer)), merged.params(), merged.returns(),
                        merged.yields(), merged.raises(), merged.extra());
            }
            lines = renderer.render(merged);
        } else {
            lines = new DocstringUpdater(renderer, StyleSupport.layout(style), oldLines).update(wanted);
        }
        String summary = existing.text().isBlank() ? intro.get(0) : existing.summary();
        return result(lines, summary, style, f, DocPlacement.replace(f, text, lines), true);
    }

    private static DocstringResult result(List<String> lines, String summary, DocstringStyle style, FunctionInfo f,
                                          DocstringEdit edit, boolean updated) {
        return new DocstringResult(String.join("\n", lines), summary, style, f.qualifiedName(), edit, updated,
                f.complete());
    }

    /**
     * Whether a Python function is defined in a class body: it has an enclosing scope, and that scope is not one
     * of the functions found (the extractor qualifies names by classes and functions alike). A definition recovered
     * from unfinished code has lost its scope, so it counts as a method when it may be one.
     */
    private static boolean isMethod(FunctionInfo f, List<FunctionInfo> all) {
        String q = f.qualifiedName();
        int dot = q.lastIndexOf('.');
        if (dot < 0) {
            return !f.complete();
        }
        String scope = q.substring(0, dot);
        return all.stream().noneMatch(other -> other.qualifiedName().equals(scope));
    }

    private static boolean isJava(String language) {
        String id = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return switch (id) {
            case "java" -> true;
            case "python", "py", "ipython" -> false;
            default -> throw new IllegalArgumentException("unsupported language '" + language
                    + "' (use python or java)");
        };
    }
}
