package ai.stagesense.packages;

import java.util.List;

/** One row of {@code packages/import_sequences/}: a notebook (the "user") and its top-level imports (its history). */
public record ImportSequence(String notebookId, String split, List<String> imports) {

    public ImportSequence {
        imports = List.copyOf(imports);
    }
}
