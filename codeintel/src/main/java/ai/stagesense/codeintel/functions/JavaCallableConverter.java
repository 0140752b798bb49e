package ai.stagesense.codeintel.functions;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ReferenceType;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link FunctionInfo} from a parsed method, constructor or record compact constructor. */
final class JavaCallableConverter {

    private final LineIndex lines;
    private final int lineShift;

    /**
     * @param lineShift added to JavaParser's line numbers: the line the parsed text starts on, less one, when a
     *                  fragment of the source was parsed on its own
     */
    JavaCallableConverter(LineIndex lines, int lineShift) {
        this.lines = lines;
        this.lineShift = lineShift;
    }

    /** Whether a node is one this converter handles. */
    static boolean isFunction(Node node) {
        return node instanceof CallableDeclaration<?> || node instanceof CompactConstructorDeclaration;
    }

    /**
     * @param outer    names enclosing the parsed text that the AST cannot see (when a fragment was parsed alone)
     * @param complete whether the declaration parsed without problems
     */
    Optional<FunctionInfo> convert(BodyDeclaration<?> decl, List<String> outer, boolean complete) {
        if (decl.getRange().isEmpty()) {
            return Optional.empty();
        }
        Range range = decl.getRange().get();
        String name = nameOf(decl);
        List<String> qualified = new ArrayList<>(outer);
        qualified.addAll(enclosingNames(decl));
        qualified.add(name);

        int start = offset(range.begin);
        int end = offset(range.end) + 1;
        Optional<BlockStmt> body = bodyOf(decl);
        int headerStart = headerStart(decl, start);
        int headerEnd = body.flatMap(Node::getRange).map(r -> offset(r.begin) + 1).orElse(end);
        String bodyText = body.flatMap(Node::getRange).map(this::insideBraces).orElse("");

        return Optional.of(new FunctionInfo(
                "java",
                name,
                String.join(".", qualified),
                parameters(decl),
                decl instanceof MethodDeclaration m ? text(m.getType()) : null,
                raises(decl),
                decorators(decl),
                javadoc(decl),
                false,
                false,
                lines.text().substring(headerStart, Math.max(headerStart, headerEnd)),
                bodyText,
                lines.range(start, end),
                lines.indentation(range.begin.line + lineShift),
                range.begin.line + lineShift,
                complete));
    }

    private static String nameOf(BodyDeclaration<?> decl) {
        if (decl instanceof CallableDeclaration<?> c) {
            return c.getNameAsString();
        }
        return ((CompactConstructorDeclaration) decl).getNameAsString();
    }

    private static Optional<BlockStmt> bodyOf(BodyDeclaration<?> decl) {
        if (decl instanceof MethodDeclaration m) {
            return m.getBody();
        }
        if (decl instanceof ConstructorDeclaration c) {
            return Optional.of(c.getBody());
        }
        if (decl instanceof CompactConstructorDeclaration c) {
            return Optional.of(c.getBody());
        }
        return Optional.empty();
    }

    /**
     * Enclosing types, enclosing methods (for local and anonymous classes), enum constants with bodies, and
     * anonymous classes as {@code <anonymous Type>}, outermost first. Compact source files' implicit class is skipped.
     */
    private static List<String> enclosingNames(Node decl) {
        Deque<String> names = new ArrayDeque<>();
        Node child = decl;
        Optional<Node> parent = decl.getParentNode();
        while (parent.isPresent()) {
            Node p = parent.get();
            if (p instanceof ClassOrInterfaceDeclaration c && c.isCompact()) {
                // the implicit class of a compact source file has no name a reader would use
            } else if (p instanceof TypeDeclaration<?> t) {
                names.addFirst(t.getNameAsString());
            } else if (isFunction(p)) {
                names.addFirst(nameOf((BodyDeclaration<?>) p));
            } else if (p instanceof EnumConstantDeclaration e) {
                names.addFirst(e.getNameAsString());
            } else if (p instanceof ObjectCreationExpr o && child instanceof BodyDeclaration<?>) {
                names.addFirst("<anonymous " + o.getType().getNameAsString() + ">");
            }
            child = p;
            parent = p.getParentNode();
        }
        return new ArrayList<>(names);
    }

    /** Where the header proper starts: after the annotations, at the first modifier, type parameter, type or name. */
    private int headerStart(BodyDeclaration<?> decl, int fallback) {
        List<Node> parts = new ArrayList<>();
        int typeParameters = Integer.MAX_VALUE;
        if (decl instanceof CallableDeclaration<?> c) {
            parts.addAll(c.getModifiers());
            parts.add(c.getName());
            if (c instanceof MethodDeclaration m) {
                parts.add(m.getType());
            }
            typeParameters = c.getTypeParameters().stream().map(Node::getBegin).flatMap(Optional::stream)
                    .mapToInt(this::offset).min().stream().map(this::openingAngle).findFirst()
                    .orElse(Integer.MAX_VALUE);
        } else {
            CompactConstructorDeclaration c = (CompactConstructorDeclaration) decl;
            parts.addAll(c.getModifiers());
            parts.add(c.getName());
        }
        int first = Math.min(typeParameters, parts.stream()
                .map(Node::getBegin)
                .flatMap(Optional::stream)
                .mapToInt(this::offset)
                .min()
                .orElse(Integer.MAX_VALUE));
        return first == Integer.MAX_VALUE ? fallback : first;
    }

    /**
     * JavaParser's type parameter nodes start at their name ({@code T}), not at the {@code <} of the list; without
     * a modifier before it ({@code <T> T first(...)}) the header would start mid-list, so step back to the bracket.
     */
    private int openingAngle(int firstTypeParameter) {
        String text = lines.text();
        int i = firstTypeParameter - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '<' ? i : firstTypeParameter;
    }

    private List<Parameter> parameters(BodyDeclaration<?> decl) {
        NodeList<com.github.javaparser.ast.body.Parameter> params;
        if (decl instanceof CallableDeclaration<?> c) {
            params = c.getParameters();
        } else if (decl.getParentNode().orElse(null) instanceof RecordDeclaration r) {
            params = r.getParameters();
        } else {
            return List.of();
        }
        List<Parameter> out = new ArrayList<>();
        for (com.github.javaparser.ast.body.Parameter p : params) {
            String type = text(p.getType());
            out.add(p.isVarArgs()
                    ? new Parameter(p.getNameAsString(), Parameter.Kind.VAR_POSITIONAL, type + "...", null)
                    : new Parameter(p.getNameAsString(), Parameter.Kind.POSITIONAL_OR_KEYWORD, type, null));
        }
        return out;
    }

    /** Declared exceptions first, then those the body itself throws with {@code throw new X(...)}, by simple name. */
    private List<String> raises(BodyDeclaration<?> decl) {
        Map<String, String> bySimpleName = new LinkedHashMap<>();
        if (decl instanceof CallableDeclaration<?> c) {
            for (ReferenceType t : c.getThrownExceptions()) {
                String name = text(t);
                bySimpleName.putIfAbsent(simpleName(name), name);
            }
        }
        bodyOf(decl).ifPresent(body -> collectThrows(body, bySimpleName));
        return new ArrayList<>(bySimpleName.values());
    }

    /** Lambdas and nested classes throw on their own behalf, not the method's, so the walk stops at them. */
    private static void collectThrows(Node node, Map<String, String> out) {
        if (node instanceof ThrowStmt t && t.getExpression() instanceof ObjectCreationExpr o) {
            String name = o.getType().getNameWithScope();
            out.putIfAbsent(simpleName(name), name);
        }
        for (Node child : node.getChildNodes()) {
            if (!(child instanceof LambdaExpr) && !(child instanceof BodyDeclaration<?>)) {
                collectThrows(child, out);
            }
        }
    }

    private static String simpleName(String name) {
        String raw = name.contains("<") ? name.substring(0, name.indexOf('<')) : name;
        return raw.substring(raw.lastIndexOf('.') + 1).strip();
    }

    private List<String> decorators(BodyDeclaration<?> decl) {
        List<String> out = new ArrayList<>();
        for (AnnotationExpr a : decl.getAnnotations()) {
            String t = text(a);
            out.add(t.startsWith("@") ? t.substring(1).strip() : t);
        }
        return out;
    }

    private Docstring javadoc(BodyDeclaration<?> decl) {
        if (!(decl instanceof NodeWithJavadoc<?> withJavadoc)) {
            return null;
        }
        Optional<JavadocComment> comment = withJavadoc.getJavadocComment();
        if (comment.isEmpty() || comment.get().getRange().isEmpty()) {
            return null;
        }
        Range r = comment.get().getRange().get();
        return new Docstring(Javadocs.clean(comment.get().getContent()), DocstringStyle.JAVADOC,
                lines.range(offset(r.begin), offset(r.end) + 1));
    }

    /** A recovered block of unfinished code ends at its last token rather than at a '}'. */
    private String insideBraces(Range block) {
        int open = offset(block.begin);
        int last = offset(block.end);
        int length = lines.text().length();
        int end = last < length && lines.text().charAt(last) == '}' ? last : Math.min(last + 1, length);
        return lines.text().substring(Math.min(open + 1, end), end);
    }

    /** The node as written in the source; the pretty-printed form when it has no position (never for parsed code). */
    private String text(Node node) {
        return node.getRange()
                .map(r -> lines.text().substring(offset(r.begin), Math.max(offset(r.begin), offset(r.end) + 1)))
                .orElseGet(node::toString);
    }

    private int offset(Position p) {
        return lines.offset(p.line + lineShift, p.column - 1);
    }
}
