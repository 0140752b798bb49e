package ai.stagesense.codeintel.functions;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.stmt.UnparsableStmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions of Java text that does not parse as a whole. Each header the scanner finds is parsed again on its own
 * (so a file broken elsewhere still gives exact results for its intact methods); when even that fails, the header's
 * pieces are read off the text and the function is marked incomplete.
 */
final class JavaRecovery {

    private static final Pattern ANNOTATION = Pattern.compile(
            "@([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*(?:\\s*\\((?:[^()]++|\\([^()]*+\\))*+\\))?)");
    private static final Pattern THROW_NEW = Pattern.compile("\\bthrow\\s+new\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)");

    private final String source;
    private final LineIndex lines;
    private final JavaSourceMask mask;
    private final JavaParser parser;

    JavaRecovery(String source, LineIndex lines, JavaParser parser) {
        this.source = source;
        this.lines = lines;
        this.mask = JavaSourceMask.of(source);
        this.parser = parser;
    }

    /** Recovered functions whose header does not start inside any of the {@code known} ranges. */
    List<FunctionInfo> recover(List<SourceRange> known) {
        JavaHeaderScanner scanner = new JavaHeaderScanner(source, mask);
        List<FunctionInfo> out = new ArrayList<>();
        List<SourceRange> covered = new ArrayList<>(known);
        for (JavaHeaderScanner.Header h : scanner.scan()) {
            if (inside(covered, h.headerStart)) {
                continue;
            }
            List<FunctionInfo> reparsed = reparseSafely(h, scanner.segmentStart(h));
            if (reparsed.isEmpty()) {
                out.add(fromText(h));
            } else {
                out.addAll(reparsed);
                covered.add(reparsed.get(0).range());
            }
        }
        return out;
    }

    private boolean inside(List<SourceRange> ranges, int offset) {
        int line = lines.line(offset);
        int column = lines.column(offset);
        for (SourceRange r : ranges) {
            boolean afterStart = line > r.startLine() || (line == r.startLine() && column >= r.startColumn());
            boolean beforeEnd = line < r.endLine() || (line == r.endLine() && column < r.endColumn());
            if (afterStart && beforeEnd) {
                return true;
            }
        }
        return false;
    }

    /** One pathological declaration (JavaParser recurses per nesting level) must not cost the others. */
    private List<FunctionInfo> reparseSafely(JavaHeaderScanner.Header h, int start) {
        try {
            return reparse(h, start);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /**
     * Parses the declaration alone. Padding the first line keeps JavaParser's columns those of the whole text; lines
     * are shifted in the converter instead, since padding with line breaks would make re-parsing quadratic.
     */
    private List<FunctionInfo> reparse(JavaHeaderScanner.Header h, int start) {
        String padding = " ".repeat(lines.column(start));
        ParseResult<BodyDeclaration<?>> result = parser.parseBodyDeclaration(padding + source.substring(start, h.end));
        JavaCallableConverter converter = new JavaCallableConverter(lines, lines.line(start) - 1);
        Optional<BodyDeclaration<?>> decl = result.getResult();
        if (decl.isEmpty() || !JavaCallableConverter.isFunction(decl.get()) || decl.get().getRange().isEmpty()) {
            return List.of();
        }
        if (!h.name.equals(((NodeWithSimpleName<?>) decl.get()).getNameAsString())) {
            return List.of();
        }
        List<FunctionInfo> out = new ArrayList<>();
        for (Node node : decl.get().findAll(Node.class, JavaCallableConverter::isFunction)) {
            BodyDeclaration<?> fn = (BodyDeclaration<?>) node;
            boolean complete = h.closed && !isDamaged(fn, result.getProblems());
            converter.convert(fn, h.enclosing, complete)
                    .map(f -> f.docstring() == null && fn == decl.get() ? withDocstring(f, javadoc(h.declStart)) : f)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** JavaParser leaves comments unattributed when a fragment has problems; the text still shows the Javadoc. */
    private static FunctionInfo withDocstring(FunctionInfo f, Docstring doc) {
        return new FunctionInfo(f.language(), f.name(), f.qualifiedName(), f.parameters(), f.returnType(), f.raises(),
                f.decorators(), doc, f.isAsync(), f.isGenerator(), f.signature(), f.body(), f.range(), f.bodyIndent(),
                f.bodyStartLine(), f.complete());
    }

    /** A declaration is damaged when the parser skipped a statement in it or reported a problem inside it. */
    static boolean isDamaged(Node node, List<Problem> problems) {
        if (node.findFirst(UnparsableStmt.class).isPresent() || node.getRange().isEmpty()) {
            return true;
        }
        Range range = node.getRange().get();
        for (Problem p : problems) {
            Optional<Position> at = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
            if (at.isEmpty() || range.contains(at.get())) {
                return true;
            }
        }
        return false;
    }

    private FunctionInfo fromText(JavaHeaderScanner.Header h) {
        int declLine = lines.line(h.declStart);
        String body = h.bodyOpen < 0 ? "" : source.substring(h.bodyOpen + 1, Math.max(h.bodyOpen + 1, h.closed ? h.end - 1 : h.end));
        String maskedBody = h.bodyOpen < 0 ? "" : mask.masked().substring(h.bodyOpen + 1, Math.max(h.bodyOpen + 1, h.end));
        return new FunctionInfo(
                "java",
                h.name,
                qualified(h.enclosing, h.name),
                JavaParameterText.parse(h.paramsText),
                h.returnType == null ? null : h.returnType.strip(),
                raises(h.throwsText, maskedBody),
                decorators(source.substring(h.declStart, h.headerStart)),
                javadoc(h.declStart),
                false,
                false,
                source.substring(h.headerStart, h.headerEnd).stripTrailing(),
                body,
                lines.range(h.declStart, h.end),
                lines.indentation(declLine),
                declLine,
                false);
    }

    private static String qualified(List<String> enclosing, String name) {
        List<String> parts = new ArrayList<>(enclosing);
        parts.add(name);
        return String.join(".", parts);
    }

    private static List<String> raises(String throwsText, String maskedBody) {
        Map<String, String> bySimpleName = new LinkedHashMap<>();
        for (String t : throwsText.split(",")) {
            String name = t.strip();
            if (!name.isEmpty()) {
                bySimpleName.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        Matcher m = THROW_NEW.matcher(maskedBody);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s", "");
            bySimpleName.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
        }
        return new ArrayList<>(bySimpleName.values());
    }

    private static List<String> decorators(String annotations) {
        List<String> out = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(annotations);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    private Docstring javadoc(int declStart) {
        JavaSourceMask.Span span = mask.javadocBefore(declStart);
        if (span == null) {
            return null;
        }
        boolean closed = source.startsWith("*/", span.end() - 2) && span.end() - 2 >= span.start() + 3;
        String content = source.substring(span.start() + 3, closed ? span.end() - 2 : span.end());
        return new Docstring(Javadocs.clean(content), DocstringStyle.JAVADOC, lines.range(span.start(), span.end()));
    }
}
