package ai.stagesense.codeintel.docstring;

import ai.stagesense.codeintel.functions.FunctionInfo;
import java.util.List;

/**
 * Where a docstring goes: Python's right after the header, indented like the body (PEP 257); Javadoc right before
 * the declaration and its annotations, indented like it. An update replaces the old docstring's lines.
 */
final class DocPlacement {

    private DocPlacement() {
    }

    static DocstringEdit insert(FunctionInfo f, SourceText text, List<String> docLines) {
        if ("java".equals(f.language())) {
            int column = f.range().startLine() == f.bodyStartLine() ? f.range().startColumn() : 0;
            return text.insert(f.bodyStartLine(), column, f.bodyIndent(),
                    JavadocComment.lines(docLines, f.bodyIndent()));
        }
        List<String> literal = PythonDocstringLiteral.lines(docLines, f.bodyIndent(),
                PythonDocstringLiteral.Quoting.DEFAULT);
        int[] headerEnd = headerEnd(f, text);
        if (headerEnd == null) {
            return text.insert(f.bodyStartLine(), 0, f.bodyIndent(), literal);
        }
        String rest = text.line(headerEnd[0]).substring(Math.min(headerEnd[1], text.line(headerEnd[0]).length()));
        if (rest.isBlank() || rest.strip().startsWith("#")) {
            return text.insert(headerEnd[0] + 1, 0, f.bodyIndent(), literal);
        }
        // `def f(x): return x`: the body shares the header's line and moves below the docstring
        return text.insert(headerEnd[0], headerEnd[1], f.bodyIndent(), literal);
    }

    static DocstringEdit replace(FunctionInfo f, SourceText text, List<String> docLines) {
        var old = f.docstring().range();
        if ("java".equals(f.language())) {
            return text.replace(old, JavadocComment.lines(docLines, f.bodyIndent()));
        }
        String oldSource = text.source().substring(Math.min(text.source().length(),
                text.offsetOfLine(old.startLine()) + old.startColumn()));
        return text.replace(old, PythonDocstringLiteral.lines(docLines, f.bodyIndent(),
                PythonDocstringLiteral.Quoting.of(oldSource)));
    }

    /** Line and column just after the Python header's last character (its ':' when complete); null if not found. */
    private static int[] headerEnd(FunctionInfo f, SourceText text) {
        String signature = f.signature();
        if (signature == null || signature.isEmpty()) {
            return null;
        }
        int at = text.source().indexOf(signature, text.offsetOfLine(f.range().startLine()));
        return at < 0 ? null : text.position(at + signature.length());
    }
}
