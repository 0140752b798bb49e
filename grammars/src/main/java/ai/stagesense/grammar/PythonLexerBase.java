package ai.stagesense.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The stateful half of the Python lexer: indentation, implicit line joining, f-strings, long strings, magics.
 *
 * <p>Python's layout rules cannot be expressed in a lexer grammar, so the generated lexer delegates here. Every
 * problem is recorded as a {@link LexicalIssue} instead of being thrown: the code under a cursor is usually
 * unfinished and the parser should still see a well-formed token stream.
 */
public abstract class PythonLexerBase extends Lexer {

    /** A problem the lexer worked around (inconsistent dedent, unterminated string, ...). */
    public record LexicalIssue(int line, int column, String message) {
    }

    // Cell magics whose body is still Python; every other %%magic makes the whole cell opaque text.
    private static final Set<String> PYTHON_BODY_CELL_MAGICS =
            Set.of("time", "timeit", "capture", "prun", "debug", "python", "python3", "px", "memit", "cache");

    private static final int TAB_SIZE = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final List<LexicalIssue> issues = new ArrayList<>();
    private int openBrackets;
    private int lastType = Token.INVALID_TYPE;
    private boolean seenSignificant;
    private boolean atEof;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    public List<LexicalIssue> lexicalIssues() {
        return issues;
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        indents.clear();
        issues.clear();
        openBrackets = 0;
        lastType = Token.INVALID_TYPE;
        seenSignificant = false;
        atEof = false;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            fill();
        }
        return pending.poll();
    }

    private void fill() {
        if (atEof) {
            pending.add(commonToken(Token.EOF, "<EOF>"));
            return;
        }
        Token token = super.nextToken();
        int type = token.getType();
        if (type == Token.EOF) {
            finishAtEof(token);
            return;
        }
        if (token.getChannel() != Token.DEFAULT_CHANNEL) {
            pending.add(token);
            return;
        }
        if (type == PythonLexer.NEWLINE) {
            onNewline(token);
            return;
        }
        if (!seenSignificant) {
            seenSignificant = true;
            indents.push(indentWidth(linePrefix(token)));
        }
        trackBrackets(type);
        if (type == PythonLexer.UNTERMINATED_STRING) {
            issue(token, "unterminated string literal");
            token = retype(token, PythonLexer.STRING);
            type = PythonLexer.STRING;
        }
        emit(token, type);
    }

    private void onNewline(Token token) {
        int next = _input.LA(1);
        boolean blankOrComment = next == '\n' || next == '\r' || next == '#' || next == '\f' || next == CharStream.EOF;
        if (openBrackets > 0 || !seenSignificant || blankOrComment || lastType == PythonLexer.NEWLINE) {
            pending.add(hidden(token));
            return;
        }
        String text = token.getText();
        int breakEnd = text.startsWith("\r\n") ? 2 : 1;
        emit(retypeText(token, PythonLexer.NEWLINE, text.substring(0, breakEnd)), PythonLexer.NEWLINE);
        int indent = indentWidth(text.substring(breakEnd));
        int current = indents.isEmpty() ? 0 : indents.peek();
        if (indent > current) {
            indents.push(indent);
            emit(synthetic(PythonLexer.INDENT, "<INDENT>", token), PythonLexer.INDENT);
            return;
        }
        while (indents.size() > 1 && indent < indents.peek()) {
            indents.pop();
            emit(synthetic(PythonLexer.DEDENT, "<DEDENT>", token), PythonLexer.DEDENT);
        }
        if (indent != indents.peek()) {
            // CPython rejects this; we keep going at the enclosing level so later statements still parse.
            issue(token, "unindent does not match any outer indentation level");
        }
    }

    private void finishAtEof(Token eof) {
        atEof = true;
        if (seenSignificant && lastType != PythonLexer.NEWLINE && lastType != PythonLexer.DEDENT) {
            emit(synthetic(PythonLexer.NEWLINE, "<NEWLINE>", eof), PythonLexer.NEWLINE);
        }
        while (indents.size() > 1) {
            indents.pop();
            emit(synthetic(PythonLexer.DEDENT, "<DEDENT>", eof), PythonLexer.DEDENT);
        }
        if (openBrackets > 0) {
            issue(eof, "unclosed bracket at end of input");
        }
        pending.add(eof);
    }

    private void trackBrackets(int type) {
        switch (type) {
            case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> openBrackets++;
            case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE ->
                    openBrackets = Math.max(0, openBrackets - 1);
            default -> {
            }
        }
    }

    private void emit(Token token, int type) {
        pending.add(token);
        lastType = type;
    }

    // ---- called from lexer rules ----

    /** A magic or shell escape may only start a logical line, or be the value of an assignment (x = !ls). */
    protected boolean atMagicPosition() {
        if (openBrackets > 0) {
            return false;
        }
        return lastType == Token.INVALID_TYPE || lastType == PythonLexer.NEWLINE || lastType == PythonLexer.INDENT
                || lastType == PythonLexer.DEDENT || lastType == PythonLexer.ASSIGN;
    }

    /** A non-Python cell magic (%%writefile, %%bash, ...) swallows the rest of the cell. */
    protected void consumeCellMagicBody() {
        String text = getText();
        if (!text.startsWith("%%") || seenSignificant) {
            return;
        }
        String name = text.substring(2).strip().split("\\s+", 2)[0];
        if (PYTHON_BODY_CELL_MAGICS.contains(name)) {
            return;
        }
        while (_input.LA(1) != CharStream.EOF) {
            getInterpreter().consume(_input);
        }
    }

    /** Consumes the body of a triple-quoted string whose opening quotes were just matched. */
    protected void scanLongString() {
        String text = getText();
        char quote = text.charAt(text.length() - 1);
        boolean raw = prefixOf(text).toLowerCase().contains("r");
        if (!scanBody(quote, true, false, raw)) {
            issueHere("unterminated triple-quoted string literal");
        }
    }

    /** Consumes the rest of an f-string whose prefix and opening quote(s) were just matched. */
    protected void scanFString() {
        String text = getText();
        char quote = text.charAt(text.length() - 1);
        boolean triple = text.endsWith("\"\"\"") || text.endsWith("'''");
        boolean raw = prefixOf(text).toLowerCase().contains("r");
        if (!scanBody(quote, triple, true, raw)) {
            issueHere("unterminated f-string");
        }
    }

    /** Returns false when input ended (or a single-quoted string hit a line end) before the closing quote. */
    private boolean scanBody(char quote, boolean triple, boolean formatted, boolean raw) {
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF) {
                return false;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                return false;
            }
            if (c == '\\') {
                consume(1);
                if (_input.LA(1) != CharStream.EOF) {
                    consume(1);
                }
                continue;
            }
            if (formatted && c == '{') {
                if (_input.LA(2) == '{') {
                    consume(2);
                } else {
                    consume(1);
                    scanReplacementField(triple);
                }
                continue;
            }
            if (c == quote && (!triple || (_input.LA(2) == quote && _input.LA(3) == quote))) {
                consume(triple ? 3 : 1);
                return true;
            }
            consume(1);
        }
    }

    /** An f-string replacement field: an expression (which may contain strings), then !conv and :format. */
    private void scanReplacementField(boolean tripleOuter) {
        int depth = 0;
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF || (!tripleOuter && (c == '\n' || c == '\r') && depth == 0)) {
                return;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                consume(1);
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
                consume(1);
            } else if (c == '}') {
                consume(1);
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ':' && depth == 0 && _input.LA(2) != '=') {
                consume(1);
                scanFormatSpec(tripleOuter);
                return;
            } else if (c == '\'' || c == '"') {
                scanNestedString();
            } else {
                consume(1);
            }
        }
    }

    /** The format spec is literal text that may hold nested replacement fields: {x:>{width}}. */
    private void scanFormatSpec(boolean tripleOuter) {
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF || (!tripleOuter && (c == '\n' || c == '\r'))) {
                return;
            }
            consume(1);
            if (c == '}') {
                return;
            }
            if (c == '{') {
                scanReplacementField(tripleOuter);
            }
        }
    }

    private void scanNestedString() {
        int index = _input.index();
        String before = index >= 2 ? _input.getText(org.antlr.v4.runtime.misc.Interval.of(index - 2, index - 1)) : "";
        boolean formatted = before.toLowerCase().endsWith("f") || before.toLowerCase().matches("(fr|rf)");
        boolean raw = before.toLowerCase().endsWith("r") || before.toLowerCase().matches("(fr|rf|br|rb)");
        char quote = (char) _input.LA(1);
        boolean triple = _input.LA(2) == quote && _input.LA(3) == quote;
        consume(triple ? 3 : 1);
        scanBody(quote, triple, formatted, raw);
    }

    private void consume(int count) {
        for (int i = 0; i < count && _input.LA(1) != CharStream.EOF; i++) {
            getInterpreter().consume(_input);
        }
    }

    // ---- helpers ----

    private static String prefixOf(String tokenText) {
        int i = 0;
        while (i < tokenText.length() && Character.isLetter(tokenText.charAt(i))) {
            i++;
        }
        return tokenText.substring(0, i);
    }

    private String linePrefix(Token token) {
        int start = token.getStartIndex();
        int column = token.getCharPositionInLine();
        if (column <= 0 || start - column < 0) {
            return "";
        }
        return _input.getText(org.antlr.v4.runtime.misc.Interval.of(start - column, start - 1));
    }

    private static int indentWidth(String whitespace) {
        int width = 0;
        for (int i = 0; i < whitespace.length(); i++) {
            char c = whitespace.charAt(i);
            if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
            } else if (c == ' ') {
                width++;
            } else if (c == '\f') {
                width = 0;
            } else {
                break;
            }
        }
        return width;
    }

    private void issue(Token at, String message) {
        issues.add(new LexicalIssue(at.getLine(), at.getCharPositionInLine(), message));
    }

    private void issueHere(String message) {
        issues.add(new LexicalIssue(_tokenStartLine, _tokenStartCharPositionInLine, message));
    }

    private Token commonToken(int type, String text) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL,
                _input.index(), _input.index() - 1);
        token.setText(text);
        token.setLine(getLine());
        token.setCharPositionInLine(getCharPositionInLine());
        return token;
    }

    private Token synthetic(int type, String text, Token at) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL,
                at.getStopIndex() + 1, at.getStopIndex());
        token.setText(text);
        token.setLine(at.getType() == Token.EOF ? at.getLine() : at.getLine() + 1);
        token.setCharPositionInLine(0);
        return token;
    }

    private static Token hidden(Token token) {
        CommonToken copy = new CommonToken(token);
        copy.setChannel(HIDDEN);
        return copy;
    }

    private static Token retype(Token token, int type) {
        CommonToken copy = new CommonToken(token);
        copy.setType(type);
        return copy;
    }

    private static Token retypeText(Token token, int type, String text) {
        CommonToken copy = new CommonToken(token);
        copy.setType(type);
        copy.setText(text);
        copy.setStopIndex(token.getStartIndex() + text.length() - 1);
        return copy;
    }
}
