package ai.stagesense.codeintel.parsing;

import ai.stagesense.grammar.PythonLexer;
import ai.stagesense.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one way StageSense parses Python: never throws, always returns a tree.
 *
 * <p>Tries the fast SLL prediction first and falls back to full LL with error recovery only when that fails,
 * which is the usual ANTLR two-stage strategy: valid code (the common case) pays for SLL only.
 */
public final class PythonParsing {

    private PythonParsing() {
    }

    public static ParsedPython parse(String source) {
        try {
            return parseChecked(source);
        } catch (StackOverflowError tooDeep) {
            // Pathological nesting (thousands of brackets) must not take the caller down with it.
            String text = source == null ? "" : source;
            CommonTokenStream none = new CommonTokenStream(new PythonLexer(CharStreams.fromString("")));
            none.fill();
            return new ParsedPython(text, new PythonParser.File_inputContext(null, -1), none,
                    List.of(new Diagnostic(1, 0, "code is nested too deeply to parse")));
        }
    }

    private static ParsedPython parseChecked(String source) {
        // A UTF-8 byte-order mark is legal at the start of a Python file but is not a token.
        String text = source == null ? "" : source.startsWith("\uFEFF") ? source.substring(1) : source;
        List<Diagnostic> diagnostics = new ArrayList<>();
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(collector(diagnostics));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        lexer.lexicalIssues().forEach(i -> diagnostics.add(new Diagnostic(i.line(), i.column(), i.message())));

        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        PythonParser.File_inputContext tree;
        try {
            tree = parser.file_input();
        } catch (ParseCancellationException | RecognitionException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(collector(diagnostics));
            tree = parser.file_input();
        }
        return new ParsedPython(text, tree, tokens, List.copyOf(diagnostics));
    }

    private static BaseErrorListener collector(List<Diagnostic> sink) {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String message, RecognitionException e) {
                sink.add(new Diagnostic(line, column, message));
            }
        };
    }
}
