package ai.stagesense.codeintel.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A cell prepared once for all labeling functions: parsed masked lines, comments and shell commands of the source.
 * Comments and commands are computed on first use because most functions never look at the raw source.
 */
final class CellView {

    private final String source;
    private final CellContext context;
    private final List<ParsedLine> lines;
    private final List<ParsedLine> code;
    private List<String> comments;
    private Set<String> commands;
    private ImportUse importUse;
    private Stage lineMajority;
    private boolean lineMajorityDone;

    private CellView(String source, CellContext context, List<ParsedLine> lines) {
        this.source = source;
        this.context = context;
        this.lines = lines;
        this.code = lines.stream().filter(ParsedLine::isCode).toList();
    }

    static CellView of(CellFeatures cell) {
        List<ParsedLine> parsed = new ArrayList<>(cell.maskedLines().size());
        for (String line : cell.maskedLines()) {
            if (!line.isBlank()) {
                parsed.add(ParsedLine.parse(line));
            }
        }
        return new CellView(cell.source(), cell.context(), List.copyOf(parsed));
    }

    /**
     * A view of one statement on its own, without source text (so no comments or literals), in the context of its
     * cell: a plot of an earlier cell's scores is judged as such line by line too.
     */
    static CellView ofLine(ParsedLine line, CellContext context) {
        return new CellView("", context, List.of(line));
    }

    /**
     * The stage most statements serve, computed once per cell by {@code compute}: the per-stage line-weight
     * functions all ask for it, and judging every statement is the most expensive thing a function does.
     */
    Stage lineMajority(Function<CellView, Stage> compute) {
        if (!lineMajorityDone) {
            lineMajority = compute.apply(this);
            lineMajorityDone = true;
        }
        return lineMajority;
    }

    String source() {
        return source;
    }

    CellContext context() {
        return context;
    }

    /** The cell itself fits a model (not a transformer it binds). */
    boolean fitsModel() {
        return TrainEvaluateFunctions.fitsModel(this);
    }

    /** Every non-blank masked line. */
    List<ParsedLine> lines() {
        return lines;
    }

    /** Code, magic and shell lines: imports and definitions never count as calling an API. */
    List<ParsedLine> code() {
        return code;
    }

    boolean anyCode(Pattern pattern) {
        for (ParsedLine line : code) {
            if (pattern.matcher(line.expr()).find()) {
                return true;
            }
        }
        return false;
    }

    boolean anyLine(Predicate<ParsedLine> test) {
        for (ParsedLine line : lines) {
            if (test.test(line)) {
                return true;
            }
        }
        return false;
    }

    boolean allLines(Predicate<ParsedLine> test) {
        return !lines.isEmpty() && lines.stream().allMatch(test);
    }

    int count(Predicate<ParsedLine> test) {
        int n = 0;
        for (ParsedLine line : lines) {
            if (test.test(line)) {
                n++;
            }
        }
        return n;
    }

    boolean sourceFind(Pattern pattern) {
        return pattern.matcher(source).find();
    }

    /** Whether the cell's code outside its import statements uses what importing {@code path} binds. */
    boolean usesImport(String path) {
        if (importUse == null) {
            importUse = new ImportUse(source);
        }
        return importUse.uses(path);
    }

    /** Lower-cased text of every {@code #} comment in the source, quotes respected within a line. */
    List<String> comments() {
        if (comments == null) {
            List<String> found = new ArrayList<>();
            for (String line : source.split("\n", -1)) {
                int hash = commentStart(line);
                if (hash >= 0) {
                    found.add(line.substring(hash + 1).strip().toLowerCase(Locale.ROOT));
                }
            }
            comments = List.copyOf(found);
        }
        return comments;
    }

    boolean anyComment(Pattern include, Pattern exclude) {
        for (String comment : comments()) {
            if (include.matcher(comment).find() && (exclude == null || !exclude.matcher(comment).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shell and magic command words, from the masked lines and from the source lines that start with {@code !} or
     * {@code %}: a cell of shell escapes is often not Python the masker could read at all.
     */
    Set<String> commands() {
        if (commands == null) {
            Set<String> found = new HashSet<>();
            for (ParsedLine line : lines) {
                if (line.kind() == ParsedLine.Kind.MAGIC || line.kind() == ParsedLine.Kind.SHELL) {
                    found.add(line.command().toLowerCase(Locale.ROOT));
                }
            }
            for (String line : source.split("\n", -1)) {
                String t = line.strip();
                if (t.startsWith("!") || t.startsWith("%")) {
                    int i = 0;
                    while (i < t.length() && (t.charAt(i) == '!' || t.charAt(i) == '%')) {
                        i++;
                    }
                    int end = i;
                    while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
                        end++;
                    }
                    found.add(t.substring(i, end).toLowerCase(Locale.ROOT));
                }
            }
            commands = Set.copyOf(found);
        }
        return commands;
    }

    /** Index of the {@code #} that starts a comment, or -1; a {@code #} inside a string literal does not. */
    private static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return i;
            }
        }
        return -1;
    }
}
