package ai.stagesense.codeintel.masking;

import ai.stagesense.codeintel.parsing.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A cell after masking.
 *
 * @param lines       masked lines in source order
 * @param variables   the notebook's variable dictionary after this cell: varN → user's name, in number order
 * @param diagnostics syntax problems the parser recovered from (empty for valid code)
 */
public record MaskedCell(List<MaskedLine> lines, Map<String, String> variables, List<Diagnostic> diagnostics) {

    public List<String> masked() {
        return lines.stream().map(MaskedLine::masked).toList();
    }
}
