package ai.stagesense.codeintel.functions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the convention of an existing Python docstring, so that generated docstrings follow the style a file
 * or project already uses.
 */
public final class DocstringStyles {

    /** numpydoc's section names, underlined with dashes; the underline is what sets numpydoc apart. */
    private static final Pattern NUMPY_SECTION = Pattern.compile(
            "^[ \\t]*(?:Parameters|Other Parameters|Returns|Yields|Receives|Raises|Warns|Warnings|See Also|Notes"
                    + "|References|Examples|Attributes|Methods)[ \\t]*\\r?\\n[ \\t]*-{3,}[ \\t]*$",
            Pattern.MULTILINE);

    /**
     * Google (napoleon) sections that list parameters, values or exceptions. Free-text ones such as "Example:" or
     * "Note:" are left out: plain and reST docstrings use them too.
     */
    private static final Pattern GOOGLE_SECTION = Pattern.compile(
            "^([ \\t]*)(?:Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters|Returns"
                    + "|Return|Yields|Yield|Raises|Raise|Attributes|Warns):[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)*([ \\t]*)\\S",
            Pattern.MULTILINE);

    private static final Pattern REST_FIELD = Pattern.compile(
            "^[ \\t]*:(?:param|parameter|arg|argument|key|keyword|type|returns?|rtype|raises?|except|exception|var"
                    + "|ivar|cvar|vartype|yields?|ytype)\\b[^:\\n]*:",
            Pattern.MULTILINE);

    private static final Pattern EPYTEXT_FIELD = Pattern.compile(
            "^[ \\t]*@(?:param|type|returns?|rtype|raises?|exception|keyword|kwarg|ivar|cvar|var|yields?|ytype)"
                    + "\\b[^:\\n]*:",
            Pattern.MULTILINE);

    private DocstringStyles() {
    }

    /**
     * The convention of a docstring's text: NUMPY when it has an underlined numpydoc section, otherwise whichever of
     * GOOGLE sections, REST fields and EPYTEXT fields it has most of (REST before GOOGLE before EPYTEXT on a tie);
     * PLAIN when it has none. Never JAVADOC.
     */
    public static DocstringStyle detect(String docstringText) {
        if (docstringText == null || docstringText.isBlank()) {
            return DocstringStyle.PLAIN;
        }
        if (NUMPY_SECTION.matcher(docstringText).find()) {
            return DocstringStyle.NUMPY;
        }
        int rest = count(REST_FIELD, docstringText);
        int google = googleSections(docstringText);
        int epytext = count(EPYTEXT_FIELD, docstringText);
        if (rest == 0 && google == 0 && epytext == 0) {
            return DocstringStyle.PLAIN;
        }
        if (rest >= google && rest >= epytext) {
            return DocstringStyle.REST;
        }
        return google >= epytext ? DocstringStyle.GOOGLE : DocstringStyle.EPYTEXT;
    }

    /**
     * The most frequent style other than PLAIN (nulls ignored), the earliest seen on a tie; null when there is none.
     * Used to default to the convention a file or project already follows.
     */
    public static DocstringStyle dominant(List<DocstringStyle> styles) {
        Map<DocstringStyle, Integer> counts = new LinkedHashMap<>();
        for (DocstringStyle s : styles) {
            if (s != null && s != DocstringStyle.PLAIN) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        DocstringStyle best = null;
        int bestCount = 0;
        for (Map.Entry<DocstringStyle, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A section counts only when its entries are indented under it, as napoleon requires. */
    private static int googleSections(String text) {
        Matcher m = GOOGLE_SECTION.matcher(text);
        int n = 0;
        while (m.find()) {
            if (indentWidth(m.group(2)) > indentWidth(m.group(1))) {
                n++;
            }
        }
        return n;
    }

    private static int indentWidth(String indent) {
        int width = 0;
        for (char c : indent.toCharArray()) {
            width += c == '\t' ? 8 - width % 8 : 1;
        }
        return width;
    }
}
