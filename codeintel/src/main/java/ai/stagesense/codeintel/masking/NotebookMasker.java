package ai.stagesense.codeintel.masking;

import ai.stagesense.codeintel.parsing.ParsedPython;
import ai.stagesense.codeintel.parsing.PythonParsing;
import java.util.List;
import java.util.Map;

/**
 * Masks the cells of one notebook in order. Variable numbers, import aliases and the paths and columns seen so far
 * carry from cell to cell, so {@code var0} names the same variable everywhere in the notebook.
 * Not thread-safe: one instance per notebook (or per request).
 */
public final class NotebookMasker {

    private final VariableTable variables = new VariableTable();
    private final ImportAliases aliases = new ImportAliases();
    private final SeenLiterals seen = new SeenLiterals();

    public MaskedCell mask(String cellSource) {
        return mask(PythonParsing.parse(cellSource));
    }

    /** Masks an already parsed cell, so a caller that also needs the tree parses only once. */
    public MaskedCell mask(ParsedPython parsed) {
        List<MaskedLine> lines = new StatementMasker(parsed.source(), variables, aliases, seen).mask(parsed.tree());
        return new MaskedCell(List.copyOf(lines), variables.dictionary(), parsed.diagnostics());
    }

    /** Masks a whole notebook's code cells, oldest first. */
    public static List<MaskedCell> maskAll(List<String> cells) {
        NotebookMasker masker = new NotebookMasker();
        return cells.stream().map(masker::mask).toList();
    }

    /** varN → the user's name. */
    public Map<String, String> variables() {
        return variables.dictionary();
    }

    /** Imported local name → full dotted path ({@code pd} → {@code pandas}). */
    public Map<String, String> aliases() {
        return aliases.asMap();
    }

    public SeenLiterals seen() {
        return seen;
    }
}
