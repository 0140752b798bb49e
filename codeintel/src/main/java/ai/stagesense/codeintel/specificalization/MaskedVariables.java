package ai.stagesense.codeintel.specificalization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables of a masked line in order of first occurrence: the meaning of $1, $2, ... in a template. */
final class MaskedVariables {

    static final Pattern VARIABLE = Pattern.compile("(?<![A-Za-z0-9.])var\\d+(?!\\w)");

    private MaskedVariables() {
    }

    static List<String> inOrder(String masked) {
        List<String> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(masked);
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The masked line with its variables renamed to positions: the lookup key for learned templates. */
    static String key(String masked) {
        List<String> order = inOrder(masked);
        Matcher m = VARIABLE.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("$" + (order.indexOf(m.group()) + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
