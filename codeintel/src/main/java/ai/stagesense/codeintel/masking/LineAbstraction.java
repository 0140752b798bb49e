package ai.stagesense.codeintel.masking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the next-line n-gram table sees a previous masked line. Variable numbers depend on the notebook, so two
 * notebooks doing the same thing rarely share masked contexts; coarser views let the table count their next lines
 * together. The dataset builder writes each record's context in every view and the server looks contexts up with
 * the same one, so training and serving cannot disagree on it.
 */
public enum LineAbstraction {
    /** The masked line as it is: {@code var3=var0.drop(var1)}. */
    LINES("lines"),
    /** Variable numbers dropped: {@code var=var.drop(var)}. */
    VARIABLES("variables"),
    /** The API the line calls ({@link ApiName}): {@code var.drop}; a line that calls nothing keeps its
     * variables view ({@code def_f}, {@code <cell>}). */
    APIS("apis");

    private static final Pattern VARIABLE = Pattern.compile("var\\d+");

    private final String id;

    LineAbstraction(String id) {
        this.id = id;
    }

    /** The name used in dataset records ({@code context_<id>}) and in the n-gram table's levels. */
    public String id() {
        return id;
    }

    public String of(String masked) {
        return switch (this) {
            case LINES -> masked;
            case VARIABLES -> VARIABLE.matcher(masked).replaceAll("var");
            case APIS -> {
                String api = ApiName.of(masked);
                yield api != null ? api : VARIABLES.of(masked);
            }
        };
    }

    /** The previous lines the n-gram table conditions on: the records carry this many in each coarser view. */
    public static final int NGRAM_CONTEXT = 2;

    /**
     * The fields a next-line record carries for the n-gram table: {@code context_<id>} → the last
     * {@link #NGRAM_CONTEXT} context entries in that view, for every view but {@link #LINES} (the record's own
     * {@code context}).
     */
    public static Map<String, List<String>> recordFields(List<String> context) {
        List<String> tail = context.subList(Math.max(0, context.size() - NGRAM_CONTEXT), context.size());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (LineAbstraction view : values()) {
            if (view != LINES) {
                fields.put("context_" + view.id, tail.stream().map(view::of).toList());
            }
        }
        return fields;
    }

    /** @throws IllegalArgumentException for an unknown id */
    public static LineAbstraction byId(String id) {
        for (LineAbstraction abstraction : values()) {
            if (abstraction.id.equals(id)) {
                return abstraction;
            }
        }
        throw new IllegalArgumentException("unknown line abstraction '" + id + "' (lines, variables or apis)");
    }
}
