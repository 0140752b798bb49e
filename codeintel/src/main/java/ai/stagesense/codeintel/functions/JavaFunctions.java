package ai.stagesense.codeintel.functions;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Methods and constructors of Java source text, for the Javadoc features.
 *
 * <p>Conventions for Java: {@code signature} is the header from the first modifier (annotations excluded) up to and
 * including '{' (or ';' when there is no body); {@code body} is the text between the braces; {@code bodyIndent} and
 * {@code bodyStartLine} are the indentation and line of the declaration itself (annotations included), which is where
 * a Javadoc is inserted; anonymous classes appear in qualified names as {@code <anonymous Type>}.
 */
public final class JavaFunctions {

    private JavaFunctions() {
    }

    /**
     * Every method and constructor in source order. Never throws: text that does not parse yields what can be
     * recovered, with {@code complete=false} on the functions that are themselves damaged or unfinished.
     */
    public static List<FunctionInfo> extract(String source) {
        String text = source == null ? "" : source;
        LineIndex lines = new LineIndex(text);
        JavaParser parser = newParser();
        List<FunctionInfo> found = new ArrayList<>();
        List<SourceRange> intact = new ArrayList<>();
        boolean needsRecovery;
        try {
            ParseResult<CompilationUnit> result = parser.parse(text);
            needsRecovery = !result.isSuccessful();
            result.getResult().ifPresent(cu -> fromTree(cu, result.getProblems(), lines, found, intact));
        } catch (RuntimeException | StackOverflowError e) {
            // JavaParser can fail on pathological input (deep nesting); the scanner below copes with any text
            needsRecovery = true;
            found.clear();
            intact.clear();
        }
        if (needsRecovery) {
            try {
                found.addAll(new JavaRecovery(text, lines, parser).recover(intact));
            } catch (RuntimeException | StackOverflowError e) {
                // best effort: keep what the partial tree gave
            }
        }
        return ordered(found);
    }

    /**
     * The innermost function whose range contains the 1-based line; when none does, the first function starting
     * after it (the one a comment being typed above a method belongs to); null when there is neither.
     */
    public static FunctionInfo at(String source, int line) {
        return FunctionLookup.at(extract(source), line);
    }

    private static JavaParser newParser() {
        // one parser per call: JavaParser instances are not thread-safe
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25));
    }

    /**
     * With problems, only the declarations the problems did not touch are taken from the tree; the rest is left to
     * recovery, which re-parses each declaration on its own.
     */
    private static void fromTree(CompilationUnit cu, List<Problem> problems, LineIndex lines,
                                 List<FunctionInfo> found, List<SourceRange> intact) {
        JavaCallableConverter converter = new JavaCallableConverter(lines, 0);
        for (Node node : cu.findAll(Node.class, JavaCallableConverter::isFunction)) {
            if (!problems.isEmpty() && JavaRecovery.isDamaged(node, problems)) {
                continue;
            }
            Optional<FunctionInfo> info = converter.convert((BodyDeclaration<?>) node, List.of(), true);
            info.ifPresent(f -> {
                found.add(f);
                intact.add(f.range());
            });
        }
    }

    private static List<FunctionInfo> ordered(List<FunctionInfo> found) {
        List<FunctionInfo> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((FunctionInfo f) -> f.range().startLine())
                .thenComparingInt(f -> f.range().startColumn()));
        Set<String> seen = new HashSet<>();
        List<FunctionInfo> out = new ArrayList<>();
        for (FunctionInfo f : sorted) {
            if (seen.add(f.range().startLine() + ":" + f.range().startColumn() + ":" + f.name())) {
                out.add(f);
            }
        }
        return out;
    }
}
