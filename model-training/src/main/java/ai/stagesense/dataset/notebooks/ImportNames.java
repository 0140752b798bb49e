package ai.stagesense.dataset.notebooks;

import java.util.List;

/** Top-level module names from masked import lines ({@code import_sklearn.model_selection.train_test_split}). */
public final class ImportNames {

    private static final String PREFIX = "import_";

    private ImportNames() {
    }

    /** The top-level module of a masked import line; null for other lines and relative imports. */
    public static String topLevel(String masked) {
        if (!masked.startsWith(PREFIX) || masked.length() == PREFIX.length() || masked.charAt(PREFIX.length()) == '.') {
            return null;
        }
        String path = masked.substring(PREFIX.length());
        int dot = path.indexOf('.');
        String top = dot < 0 ? path : path.substring(0, dot);
        return top.isEmpty() || !Character.isJavaIdentifierStart(top.charAt(0)) || top.equals("__future__") ? null : top;
    }

    /** Distinct top-level modules of the masked lines, in order of first appearance. */
    public static List<String> inOrder(List<String> maskedLines) {
        return maskedLines.stream().map(ImportNames::topLevel).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
