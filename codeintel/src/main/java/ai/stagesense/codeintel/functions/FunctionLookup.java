package ai.stagesense.codeintel.functions;

import java.util.List;

/** Picks the function a cursor line refers to. */
public final class FunctionLookup {

    private FunctionLookup() {
    }

    /**
     * The innermost function whose range contains the 1-based line, else the first one starting after it, else the
     * last one before it; null for an empty list.
     */
    public static FunctionInfo at(List<FunctionInfo> functions, int line) {
        FunctionInfo innermost = null;
        for (FunctionInfo f : functions) {
            SourceRange r = f.range();
            if (r.startLine() <= line && line <= r.endLine()
                    && (innermost == null || r.startLine() >= innermost.range().startLine())) {
                innermost = f;
            }
        }
        if (innermost != null) {
            return innermost;
        }
        FunctionInfo before = null;
        for (FunctionInfo f : functions) {
            if (f.range().startLine() > line) {
                return f;
            }
            before = f;
        }
        return before;
    }
}
