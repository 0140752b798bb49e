package ai.stagesense.codeintel.functions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds method and constructor headers in Java text that does not parse, by pattern matching over the masked text
 * (see {@link JavaSourceMask}) and brace matching. Best effort by design: it is the fallback for code being typed.
 */
final class JavaHeaderScanner {

    private static final String ID = "[A-Za-z_$][\\w$]*";

    private static final String ANNOTATIONS_AND_MODIFIERS = "(?<![\\w$.@])"
            + "(?<annos>(?:@" + ID + "(?:\\s*\\.\\s*" + ID + ")*(?:\\s*\\((?:[^()]++|\\([^()]*+\\))*+\\))?\\s*)*+)"
            + "(?<mods>(?:(?:public|protected|private|static|final|abstract|synchronized|native|default|strictfp)\\s+)*+)";

    private static final Pattern HEADER = Pattern.compile(ANNOTATIONS_AND_MODIFIERS
            + "(?:<[^<>;{}()]*(?:<[^<>;{}()]*>[^<>;{}()]*)*>\\s*)?"
            + "(?:(?<type>" + ID + "(?:\\s*\\.\\s*" + ID + ")*(?:\\s*<[^;{}()=]*>)?(?:\\s*\\[\\s*\\])*)\\s+)?"
            + "(?<name>" + ID + ")\\s*\\(");

    /** A record's compact constructor: the record name followed directly by its body. */
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile(
            ANNOTATIONS_AND_MODIFIERS + "(?<name>" + ID + ")\\s*\\{");

    private static final Pattern TYPE_HEADER = Pattern.compile(
            "(?<![\\w$.@])(?:class|interface|enum|record)\\s+(" + ID + ")");

    private static final Pattern ANONYMOUS = Pattern.compile(
            "(?<![\\w$.])new\\s+(" + ID + "(?:\\s*\\.\\s*" + ID + ")*)\\s*(?:<[^;{}()]*>)?\\s*\\(");

    private static final Pattern THROWS = Pattern.compile("throws\\b");

    /** Words that can stand before a call without it being a declaration. */
    private static final Set<String> NOT_A_TYPE = Set.of(
            "return", "new", "throw", "else", "case", "yield", "assert", "do", "package", "import", "goto",
            "instanceof", "class", "interface", "enum", "record", "extends", "implements", "throws", "permits",
            "this", "super", "when");

    private static final Set<String> NOT_A_NAME = Set.of(
            "if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new", "throw", "super", "this",
            "else", "do", "assert", "case", "yield", "when");

    /** A brace-delimited region that names part of a qualified name. */
    private static final class Scope {
        final String name;
        final int open;
        int close;
        final boolean isType;
        final Header method;

        Scope(String name, int open, int close, boolean isType, Header method) {
            this.name = name;
            this.open = open;
            this.close = close;
            this.isType = isType;
            this.method = method;
        }

        boolean contains(int offset) {
            return open < offset && offset < close;
        }
    }

    /** One recovered header; offsets refer to the source text. */
    static final class Header {
        final int declStart;
        final int headerStart;
        final String name;
        final String returnType;
        /** Parameter list text with comments blanked out. */
        final String paramsText;
        final String throwsText;
        final int headerEnd;
        final int bodyOpen;
        int end;
        boolean closed;
        List<String> enclosing = List.of();

        Header(int declStart, int headerStart, String name, String returnType, String paramsText, String throwsText,
               int headerEnd, int bodyOpen, int end, boolean closed) {
            this.declStart = declStart;
            this.headerStart = headerStart;
            this.name = name;
            this.returnType = returnType;
            this.paramsText = paramsText;
            this.throwsText = throwsText;
            this.headerEnd = headerEnd;
            this.bodyOpen = bodyOpen;
            this.end = end;
            this.closed = closed;
        }
    }

    private final String source;
    private final String masked;
    private final JavaSourceMask mask;
    private final int[] closeOf;

    JavaHeaderScanner(String source, JavaSourceMask mask) {
        this.source = source;
        this.mask = mask;
        this.masked = mask.masked();
        this.closeOf = matchBraces(masked);
    }

    /** Headers in source order, with enclosing names and ends settled. */
    List<Header> scan() {
        List<Scope> scopes = new ArrayList<>();
        scopes.addAll(typeScopes());
        scopes.addAll(anonymousScopes());
        List<Header> candidates = candidates();
        List<Header> accepted = new ArrayList<>();
        for (Header h : candidates) {
            List<Scope> enclosing = enclosing(scopes, h.declStart);
            if (h.returnType == null && !isConstructorOf(h.name, enclosing)) {
                continue;
            }
            Scope innermost = enclosing.isEmpty() ? null : enclosing.get(enclosing.size() - 1);
            if (innermost != null && innermost.method != null) {
                // Java has no nested methods: a header directly inside a method body means that body was left open
                closeAt(innermost, segmentStart(h));
                enclosing = enclosing(scopes, h.declStart);
            }
            h.enclosing = enclosing.stream().map(s -> s.name).toList();
            accepted.add(h);
            if (h.bodyOpen >= 0) {
                scopes.add(new Scope(h.name, h.bodyOpen, h.end, false, h));
            }
        }
        return accepted;
    }

    /** Where a declaration's text begins, its Javadoc included. */
    int segmentStart(Header h) {
        JavaSourceMask.Span doc = mask.javadocBefore(h.declStart);
        return doc != null ? doc.start() : h.declStart;
    }

    private void closeAt(Scope scope, int offset) {
        int end = offset;
        while (end > scope.open + 1 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        scope.close = end;
        scope.method.end = end;
        scope.method.closed = false;
    }

    private static boolean isConstructorOf(String name, List<Scope> enclosing) {
        for (int i = enclosing.size() - 1; i >= 0; i--) {
            if (enclosing.get(i).isType) {
                return enclosing.get(i).name.equals(name);
            }
        }
        return false;
    }

    private static List<Scope> enclosing(List<Scope> scopes, int offset) {
        return scopes.stream()
                .filter(s -> s.contains(offset))
                .sorted(Comparator.comparingInt(s -> s.open))
                .toList();
    }

    private List<Scope> typeScopes() {
        List<Scope> out = new ArrayList<>();
        Matcher m = TYPE_HEADER.matcher(masked);
        while (m.find()) {
            int open = nextBodyBrace(m.end());
            if (open >= 0) {
                out.add(new Scope(m.group(1), open, closeOrEnd(open), true, null));
            }
        }
        return out;
    }

    private List<Scope> anonymousScopes() {
        List<Scope> out = new ArrayList<>();
        Matcher m = ANONYMOUS.matcher(masked);
        while (m.find()) {
            int close = closingParen(m.end() - 1);
            int open = skipSpace(close + 1);
            if (close >= 0 && open < masked.length() && masked.charAt(open) == '{') {
                String type = m.group(1).replaceAll("\\s", "");
                out.add(new Scope("<anonymous " + type.substring(type.lastIndexOf('.') + 1) + ">", open,
                        closeOrEnd(open), true, null));
            }
        }
        return out;
    }

    private List<Header> candidates() {
        List<Header> out = new ArrayList<>();
        Matcher m = HEADER.matcher(masked);
        while (m.find()) {
            String type = m.group("type");
            String name = m.group("name");
            if ((type != null && NOT_A_TYPE.contains(type)) || NOT_A_NAME.contains(name)) {
                continue;
            }
            Header h = header(m, type, name);
            if (h != null) {
                out.add(h);
            }
        }
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(masked);
        while (compact.find()) {
            int open = compact.end() - 1;
            int close = closeOf[open];
            int end = close < 0 ? Math.max(open + 1, textEnd()) : close + 1;
            out.add(new Header(compact.start(), compact.end("annos"), compact.group("name"), null, "", "", open + 1,
                    open, end, close >= 0));
        }
        out.sort(Comparator.comparingInt(h -> h.declStart));
        return out;
    }

    /** Reads what follows the name: parameters, throws clause, then a body, a ';' or the end of the text. */
    private Header header(Matcher m, String type, String name) {
        int open = m.end() - 1;
        int stop = paramsStop(open);
        boolean paramsClosed = stop < masked.length() && masked.charAt(stop) == ')';
        String params = masked.substring(open + 1, stop);
        int pos = paramsClosed ? skipDims(skipSpace(stop + 1)) : stop;
        String throwsText = "";
        Matcher t = THROWS.matcher(masked).region(pos, masked.length());
        if (paramsClosed && t.lookingAt()) {
            int after = t.end();
            pos = after;
            while (pos < masked.length() && "{;}".indexOf(masked.charAt(pos)) < 0) {
                pos++;
            }
            throwsText = masked.substring(after, pos).strip();
        }
        int n = masked.length();
        int declStart = m.start();
        int headerStart = m.end("annos");
        if (pos >= n) {
            return new Header(declStart, headerStart, name, type, params, throwsText, textEnd(), -1, textEnd(), false);
        }
        char c = masked.charAt(pos);
        if (c == '{') {
            int close = closeOf[pos];
            int end = close < 0 ? Math.max(pos + 1, textEnd()) : close + 1;
            return new Header(declStart, headerStart, name, type, params, throwsText, pos + 1, pos, end,
                    close >= 0 && paramsClosed);
        }
        if (c == ';' && type != null) {
            return new Header(declStart, headerStart, name, type, params, throwsText, pos + 1, -1, pos + 1, paramsClosed);
        }
        if (c == '}' && type != null && !paramsClosed) {
            return new Header(declStart, headerStart, name, type, params, throwsText, pos, -1, pos, false);
        }
        return null;
    }

    /** The end of the text without trailing whitespace: where an unfinished definition stops. */
    private int textEnd() {
        int end = source.length();
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The matching ')' of the '(' at open, or where an unfinished parameter list gives out. */
    private int paramsStop(int open) {
        int depth = 0;
        for (int i = open; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '{' || c == '}' || c == ';') {
                return i;
            }
        }
        return masked.length();
    }

    private int closingParen(int open) {
        int stop = paramsStop(open);
        return stop < masked.length() && masked.charAt(stop) == ')' ? stop : -1;
    }

    private int nextBodyBrace(int from) {
        for (int i = from; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '{') {
                return i;
            }
            if (c == ';' || c == '}') {
                return -1;
            }
        }
        return -1;
    }

    private int closeOrEnd(int open) {
        return closeOf[open] < 0 ? masked.length() : closeOf[open];
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < masked.length() && Character.isWhitespace(masked.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipDims(int from) {
        int i = from;
        while (i < masked.length() && masked.charAt(i) == '[') {
            int close = masked.indexOf(']', i);
            if (close < 0) {
                return i;
            }
            i = skipSpace(close + 1);
        }
        return i;
    }

    /** closeOf[i] = offset of the '}' matching a '{' at i, -1 for an unmatched or non-brace position. */
    private static int[] matchBraces(String masked) {
        int[] closeOf = new int[masked.length()];
        Arrays.fill(closeOf, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                closeOf[open.pop()] = i;
            }
        }
        return closeOf;
    }
}
