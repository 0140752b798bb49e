package ai.stagesense.intellij.core.answers;

import ai.stagesense.intellij.core.api.CompletionResponse;
import ai.stagesense.intellij.core.api.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a completion answer into the texts an editor shows as gray text, best first: no blanks, no duplicates,
 * at most {@code max}, and without the tail that the editor already has after the caret (an auto-inserted
 * closing bracket would otherwise be doubled on accept).
 */
public final class InlineSuggestions {

    private InlineSuggestions() {
    }

    public static List<String> of(CompletionResponse response, String suffix, int max) {
        String restOfLine = restOfLine(suffix);
        Set<String> texts = new LinkedHashSet<>();
        for (Suggestion suggestion : response.suggestions()) {
            if (texts.size() == max) {
                break;
            }
            String text = suggestion.text() == null ? "" : withoutOverlap(suggestion.text(), restOfLine);
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        return new ArrayList<>(texts);
    }

    private static String restOfLine(String suffix) {
        int newline = suffix.indexOf('\n');
        return (newline < 0 ? suffix : suffix.substring(0, newline)).stripTrailing();
    }

    static String withoutOverlap(String text, String restOfLine) {
        if (!restOfLine.isEmpty() && text.stripTrailing().endsWith(restOfLine)) {
            String stripped = text.stripTrailing();
            return stripped.substring(0, stripped.length() - restOfLine.length());
        }
        return text;
    }
}
