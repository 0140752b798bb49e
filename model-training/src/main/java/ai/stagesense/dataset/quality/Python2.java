package ai.stagesense.dataset.quality;

import java.util.regex.Pattern;

/**
 * Recognises Python 2 code among sources the parser rejected. The models learn Python 3, and Python 2 notebooks are
 * still common in old tutorials; their masked lines would teach {@code print} statements. Only consulted after a
 * parse failure, so valid Python 3 such as {@code print (x)} is never affected.
 */
public final class Python2 {

    private static final Pattern SYNTAX = Pattern.compile(String.join("|",
            // print statement: print "x", print x, print >>f, x  (not print(...), print = ..., print.x)
            "(?m)^[ \\t]*print[ \\t]+(?![(=.,)\\]}:;+\\-*/%<>!&|^~@]|$)[^\\n]*$",
            "(?m)^[ \\t]*print[ \\t]*>>",
            // except E, e:   raise E, "message"   exec "code"
            "(?m)^[ \\t]*except[ \\t]+[\\w.]+[ \\t]*,[ \\t]*\\w+[ \\t]*:",
            "(?m)^[ \\t]*raise[ \\t]+[\\w.]+[ \\t]*,",
            "(?m)^[ \\t]*exec[ \\t]+[\"'\\w]",
            // ur"" literals (backticks, <> and 0777 are left out: they also occur in comments and markdown
            // pasted into code cells, which fail to parse for other reasons)
            "(?m)^[^#\\n]*\\bur[\"'][^\\n]*$"));

    private Python2() {
    }

    public static boolean looksLikePython2(String source) {
        return SYNTAX.matcher(source).find();
    }
}
