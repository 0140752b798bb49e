package ai.stagesense.codeintel.stage;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a notebook's cells in order over their masked lines (one {@code NotebookMasker} numbers a variable the
 * same in every cell) and gives each cell its {@link CellContext}: whether a model was fitted before it and which
 * earlier models, predictions or scores it reads. The dataset builder and the server both walk notebooks with it.
 */
public final class NotebookFlow {

    private static final Pattern VARIABLE = Pattern.compile("(?<![\\w.])var\\d+(?!\\w)");

    private final Map<String, ValueKind> kinds = new HashMap<>();
    /** Variables bound to data transformers in any earlier cell: fitting a scaler is not fitting a model. */
    private final Set<String> transformers = new HashSet<>();
    private boolean fitted;

    /** The context of the notebook's next cell; then remembers what that cell binds and whether it fits a model. */
    public CellContext next(List<String> maskedLines) {
        CellView cell = CellView.of(new CellFeatures("", maskedLines));
        Set<ValueKind> reads = EnumSet.noneOf(ValueKind.class);
        for (ParsedLine line : cell.code()) {
            reads.addAll(kindsRead(line.expr()));
        }
        CellContext context = new CellContext(fitted, reads);
        for (ParsedLine line : cell.code()) {
            if (line.isAssignment() && PrepareFunctions.TRANSFORMER.matcher(line.expr()).find()) {
                transformers.addAll(variables(line.target()));
            }
        }
        for (ParsedLine line : cell.code()) {
            boolean fits = TrainEvaluateFunctions.fitsModel(line, transformers);
            fitted |= fits;
            if (line.isAssignment()) {
                bind(line, fits);
            }
        }
        return context;
    }

    /** A plain rebinding forgets what the variable held; an element assignment ({@code var0[]=…}) keeps it. */
    private void bind(ParsedLine line, boolean fits) {
        if (line.target().contains("[") || line.target().contains(".")) {
            return;
        }
        ValueKind kind = kindOf(line.expr(), fits);
        for (String variable : variables(line.target())) {
            if (kind == null) {
                kinds.remove(variable);
            } else {
                kinds.put(variable, kind);
            }
        }
    }

    private ValueKind kindOf(String expr, boolean fits) {
        if (TrainEvaluateFunctions.PREDICT.matcher(expr).find()) {
            return ValueKind.PREDICTIONS;
        }
        if (TrainEvaluateFunctions.SCORE_CALL.matcher(expr).find()) {
            return ValueKind.SCORES;
        }
        if (fits) {
            return ValueKind.FITTED;
        }
        if (TrainEvaluateFunctions.MODEL_CONSTRUCTOR.matcher(expr).find()) {
            return ValueKind.MODEL;
        }
        // Derived results stay results: clipped predictions, a table of scores.
        Set<ValueKind> read = kindsRead(expr);
        if (read.contains(ValueKind.PREDICTIONS)) {
            return ValueKind.PREDICTIONS;
        }
        return read.contains(ValueKind.SCORES) ? ValueKind.SCORES : null;
    }

    private Set<ValueKind> kindsRead(String expr) {
        Set<ValueKind> read = EnumSet.noneOf(ValueKind.class);
        Matcher m = VARIABLE.matcher(expr);
        while (m.find()) {
            ValueKind kind = kinds.get(m.group());
            if (kind != null) {
                read.add(kind);
            }
        }
        return read;
    }

    private static List<String> variables(String target) {
        return VARIABLE.matcher(target).results().map(MatchResult::group).toList();
    }
}
