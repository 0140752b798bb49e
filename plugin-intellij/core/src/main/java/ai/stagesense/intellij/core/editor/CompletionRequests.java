package ai.stagesense.intellij.core.editor;

import ai.stagesense.intellij.core.api.CompletionRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Builds {@code /v1/complete} bodies from a {@link CellView}. The server rejects bodies over 1 MiB (413) and its
 * models read only the last few hundred tokens, so very large notebooks are trimmed here: the most recent cells are
 * kept whole, the prefix keeps its end and the suffix its start, each cut at a line boundary.
 */
public final class CompletionRequests {

    /** Per part; three parts plus JSON escaping stay well under the server's 1 MiB body limit. */
    static final int MAX_PART_CHARS = 128 * 1024;

    private CompletionRequests() {
    }

    public static CompletionRequest of(CellView view, Language language, int maxSuggestions) {
        return new CompletionRequest(
                keepEnd(view.prefix()),
                keepStart(view.suffix()),
                recentCells(view.earlierCells()),
                language.wireName(),
                maxSuggestions);
    }

    static String keepEnd(String prefix) {
        if (prefix.length() <= MAX_PART_CHARS) {
            return prefix;
        }
        int from = prefix.length() - MAX_PART_CHARS;
        int lineStart = prefix.indexOf('\n', from);
        return lineStart < 0 ? prefix.substring(from) : prefix.substring(lineStart + 1);
    }

    static String keepStart(String suffix) {
        if (suffix.length() <= MAX_PART_CHARS) {
            return suffix;
        }
        int lineEnd = suffix.lastIndexOf('\n', MAX_PART_CHARS);
        return suffix.substring(0, lineEnd < 0 ? MAX_PART_CHARS : lineEnd + 1);
    }

    /** Newest cells first until the budget is spent, returned oldest first as the contract wants. */
    static List<String> recentCells(List<String> cells) {
        Deque<String> kept = new ArrayDeque<>();
        int budget = MAX_PART_CHARS;
        for (int i = cells.size() - 1; i >= 0; i--) {
            String cell = cells.get(i);
            if (cell.length() > budget) {
                break;
            }
            kept.addFirst(cell);
            budget -= cell.length();
        }
        return List.copyOf(kept);
    }
}
