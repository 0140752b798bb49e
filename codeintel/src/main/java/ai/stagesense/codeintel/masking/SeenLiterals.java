package ai.stagesense.codeintel.masking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** File paths and DataFrame columns a notebook has mentioned: the values argument slots are filled from. */
public final class SeenLiterals {

    private static final Pattern DATA_FILE = Pattern.compile(
            ".*\\.(csv|tsv|txt|json|jsonl|parquet|feather|xlsx?|pkl|pickle|h5|hdf5?|npy|npz|zip|gz|arrow|orc|avro"
                    + "|sqlite|db|png|jpe?g|wav|mp3|pt|pth|onnx|joblib)$");

    private final Set<String> paths = new LinkedHashSet<>();
    private final Set<String> columns = new LinkedHashSet<>();

    /** True for strings that name data files or directories, the usual arguments of loaders and savers. */
    public static boolean looksLikePath(String value) {
        if (value.isEmpty() || value.length() > 300 || value.contains("\n") || value.contains("{")) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return DATA_FILE.matcher(lower).matches() || (value.contains("/") && !value.contains(" "));
    }

    void addPath(String value) {
        paths.add(value);
    }

    void addColumn(String value) {
        if (!value.isEmpty() && value.length() <= 80 && !value.contains("\n")) {
            columns.add(value);
        }
    }

    public List<String> paths() {
        return Collections.unmodifiableList(new ArrayList<>(paths));
    }

    public List<String> columns() {
        return Collections.unmodifiableList(new ArrayList<>(columns));
    }

    public boolean isColumn(String value) {
        return columns.contains(value);
    }
}
