package ai.stagesense.codeintel.specificalization;

import java.util.Map;

/** Writes {@code import_<path>} back as an import statement with the alias the user (or convention) uses. */
final class ImportLines {

    /** The aliases nearly every data-science notebook uses. */
    static final Map<String, String> CONVENTIONAL = Map.of(
            "pandas", "pd",
            "numpy", "np",
            "matplotlib.pyplot", "plt",
            "seaborn", "sns",
            "tensorflow", "tf",
            "torch.nn", "nn",
            "torch.nn.functional", "F",
            "statsmodels.api", "sm",
            "plotly.express", "px",
            "polars", "pl");

    private ImportLines() {
    }

    /** @param userAliases the user's imported names → paths, preferred over convention */
    static String of(String path, Map<String, String> userAliases) {
        String alias = null;
        for (Map.Entry<String, String> e : userAliases.entrySet()) {
            if (e.getValue().equals(path) && !e.getKey().equals(lastName(path))) {
                alias = e.getKey();
            }
        }
        if (alias == null) {
            alias = CONVENTIONAL.get(path);
        }
        if (path.startsWith(".")) {
            int dots = 0;
            while (dots < path.length() && path.charAt(dots) == '.') {
                dots++;
            }
            String rest = path.substring(dots);
            int split = rest.lastIndexOf('.');
            String from = path.substring(0, dots) + (split < 0 ? "" : rest.substring(0, split));
            return "from " + from + " import " + (split < 0 ? rest : rest.substring(split + 1));
        }
        int split = path.lastIndexOf('.');
        boolean conventional = alias != null && alias.equals(CONVENTIONAL.get(path));
        if (split < 0 || conventional) {
            return "import " + path + (alias == null ? "" : " as " + alias);
        }
        // `from a.b import c as d` is valid whether c is a module or a name; `import a.b.c as d` is not.
        return "from " + path.substring(0, split) + " import " + path.substring(split + 1)
                + (alias == null ? "" : " as " + alias);
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
