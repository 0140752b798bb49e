package ai.stagesense.codeintel.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code cells of a reStructuredText document: one per {@code .. ipython::} directive (the form pandas and
 * matplotlib documentation is written in), with the console prompts, output lines and the directive's
 * pseudo-decorators removed so that only runnable code remains.
 */
final class IpythonDirectives {

    private static final Pattern DIRECTIVE = Pattern.compile("^([ \\t]*)\\.\\.[ \\t]+ipython::.*$");
    private static final Pattern OPTION = Pattern.compile("^[ \\t]+:[\\w-]+:.*$");
    private static final Pattern IN_PROMPT = Pattern.compile("^In \\[\\d*\\]: ?(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^[ \\t]*\\.{3,}: ?(.*)$");
    private static final Pattern PSEUDO_DECORATOR = Pattern.compile(
            "^[ \\t]*@(?:savefig|suppress|verbatim|doctest|okexcept|okwarning)\\b.*$");

    private IpythonDirectives() {
    }

    static List<Cell> cells(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            Matcher d = DIRECTIVE.matcher(lines[i]);
            if (!d.matches()) {
                i++;
                continue;
            }
            int indent = width(d.group(1));
            i++;
            while (i < lines.length && OPTION.matcher(lines[i]).matches()) {
                i++;
            }
            List<String> block = new ArrayList<>();
            while (i < lines.length && (lines[i].isBlank() || width(leading(lines[i])) > indent)) {
                block.add(lines[i]);
                i++;
            }
            String code = PercentScript.trim(String.join("\n", code(dedent(block))));
            if (!code.isBlank()) {
                out.add(new Cell(out.size(), Cell.CODE, code));
            }
        }
        return out;
    }

    /** Console-style blocks keep only prompted lines (the rest is output); plain blocks are code throughout. */
    private static List<String> code(List<String> block) {
        boolean console = block.stream().anyMatch(l -> IN_PROMPT.matcher(l).matches());
        List<String> out = new ArrayList<>();
        for (String line : block) {
            String code = line;
            if (console) {
                Matcher in = IN_PROMPT.matcher(line);
                Matcher more = CONTINUATION.matcher(line);
                if (in.matches()) {
                    code = in.group(1);
                } else if (more.matches()) {
                    code = more.group(1);
                } else {
                    continue;
                }
            }
            if (!PSEUDO_DECORATOR.matcher(code).matches()) {
                out.add(code);
            }
        }
        return out;
    }

    private static List<String> dedent(List<String> block) {
        int common = Integer.MAX_VALUE;
        for (String line : block) {
            if (!line.isBlank()) {
                common = Math.min(common, leading(line).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : block) {
            out.add(line.isBlank() ? "" : line.substring(common));
        }
        return out;
    }

    private static String leading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    private static int width(String indent) {
        int w = 0;
        for (char c : indent.toCharArray()) {
            w += c == '\t' ? 8 - w % 8 : 1;
        }
        return w;
    }
}
