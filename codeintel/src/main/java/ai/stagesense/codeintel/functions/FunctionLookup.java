package ai.stagesense.codeintel.functions;

import java.util.List;

/** Picks the function a cursor line refers to, for Python and Java alike. */
public final class FunctionLookup {

    private FunctionLookup() {
    }

    /**
     * The innermost function whose range contains the 1-based line; when none does, the first function starting
     * after it (the one a comment being typed above a definition belongs to); null when there is neither.
     */
    public static FunctionInfo at(List<FunctionInfo> functions, int line) {
        FunctionInfo innermost = null;
        for (FunctionInfo f : functions) {
            SourceRange r = f.range();
            if (r.startLine() <= line && line <= r.endLine()
                    && (innermost == null || span(r) <= span(innermost.range()))) {
                innermost = f;
            }
        }
        if (innermost != null) {
            return innermost;
        }
        FunctionInfo next = null;
        for (FunctionInfo f : functions) {
            if (f.range().startLine() > line && (next == null || f.range().startLine() < next.range().startLine())) {
                next = f;
            }
        }
        return next;
    }

    private static long span(SourceRange r) {
        return (long) (r.endLine() - r.startLine()) * 100_000L + (r.endColumn() - r.startColumn());
    }
}
