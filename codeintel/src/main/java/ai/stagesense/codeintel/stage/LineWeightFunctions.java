package ai.stagesense.codeintel.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labeling functions that weigh a cell's lines, as the hand-labelling rules do: a mixed cell belongs to the stage
 * most of its statements serve, ties going to the later stage ({@code fit} + {@code predict} is evaluation).
 *
 * <p>Each statement is judged by the other labeling functions run on that statement alone (no comments, no source
 * text), so the line-level patterns stay in one place. One function per stage keeps a single polarity each.
 */
final class LineWeightFunctions {

    /**
     * Statements weighed per cell. Judging one runs every pattern function, so a pasted script of thousands of
     * lines would cost seconds; 99.9 % of notebook cells have fewer (one in 1,700 of the default corpora more).
     */
    static final int MAX_STATEMENTS = 300;

    private LineWeightFunctions() {
    }

    /** One {@code lf_lines_<stage>} per stage, judging statements with {@code base}. */
    static List<StageRule> rules(List<StageRule> base) {
        List<StageRule> rules = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            rules.add(new StageRule("lf_lines_" + stage.id(), stage,
                    cell -> cell.lineMajority(view -> dominantStage(view, base)) == stage));
        }
        return List.copyOf(rules);
    }

    /**
     * The stage with the most statements, ties to the later stage; null when no statement has a stage.
     * Plots in a cell that trains or evaluates show the model's output.
     */
    static Stage dominantStage(CellView cell, List<StageRule> base) {
        List<ParsedLine> lines = cell.lines().subList(0, Math.min(cell.lines().size(), MAX_STATEMENTS));
        Stage[] stages = new Stage[lines.size()];
        boolean modelling = TrainEvaluateFunctions.plotsModelOutput(cell);
        Set<String> models = new HashSet<>();
        for (int i = 0; i < stages.length; i++) {
            ParsedLine line = lines.get(i);
            if (line.kind() == ParsedLine.Kind.IMPORT) {
                // An import the cell uses enables its work and weighs nothing; an unused one is set-up placed at
                // the top of a working cell and weighs as imports (labelling rules, section 1.3).
                stages[i] = cell.usesImport(line.expr()) ? null : Stage.IMPORTS;
                continue;
            }
            stages[i] = weighs(line) ? lineStage(line, cell.context(), base) : null;
            if ((stages[i] == null || stages[i] == Stage.EXPLORE) && passesModel(line, models)) {
                stages[i] = Stage.EVALUATE;
            }
            if (stages[i] == Stage.TRAIN && line.isAssignment()) {
                models.add(line.target());
            }
            modelling |= stages[i] == Stage.TRAIN || stages[i] == Stage.EVALUATE;
        }
        // Reshaping earlier predictions or scores (rounding, clipping, blending, a submission table) uses the model.
        boolean onResults = TrainEvaluateFunctions.writesSubmission(cell) || ContextFunctions.readsEarlierResults(cell);
        int[] counts = new int[Stage.values().length];
        for (int i = 0; i < stages.length; i++) {
            Stage stage = stages[i];
            if (modelling && stage == Stage.EXPLORE && isPlot(lines.get(i))) {
                stage = Stage.EVALUATE;
            }
            if (onResults && stage == Stage.PREPARE) {
                stage = Stage.EVALUATE;
            }
            if (stage != null) {
                counts[stage.ordinal()]++;
            }
        }
        return latestMax(counts);
    }

    /**
     * A call that hands a model the cell built or fitted to the notebook's own helper ({@code visualize_model(fit)},
     * {@code plot_tree(model)}) uses the model: evaluation, whatever the helper is called.
     */
    static boolean passesModel(ParsedLine line, Set<String> models) {
        int open = line.expr().indexOf('(');
        if (open <= 0 || models.isEmpty() || TrainEvaluateFunctions.fitsModel(line, Set.of())) {
            return false;
        }
        Matcher variable = VARIABLE.matcher(line.expr().substring(open));
        while (variable.find()) {
            if (models.contains(variable.group())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\w)var\\d+(?!\\w)");

    /** Peeks and plot decoration weigh nothing: they serve the cell's other lines. */
    private static boolean weighs(ParsedLine line) {
        return !isPeek(line) && !isPlotDecoration(line);
    }

    /**
     * A look at a result ({@code df.head()}, {@code print(X.shape)}, a bare variable): in a cell that also does
     * something else it checks that step, so it does not count towards exploration.
     */
    static boolean isPeek(ParsedLine line) {
        return line.isDisplay() && (PEEK.matcher(line.expr()).find() || ExploreFunctions.isInspection(line))
                || line.kind() == ParsedLine.Kind.CODE && "print".equals(line.expr());
    }

    /** Titles, labels, legends and layout: they belong to whatever the plot shows. */
    static boolean isPlotDecoration(ParsedLine line) {
        return PLOT_DECORATION.matcher(line.expr()).find();
    }

    private static boolean isPlot(ParsedLine line) {
        return ExploreFunctions.PLOT_CALL.matcher(line.expr()).find()
                || line.expr().startsWith("var") && ExploreFunctions.PANDAS_PLOT.matcher(line.expr()).find();
    }

    private static final Pattern PEEK = Pattern.compile(
            "^(?:print\\()?var\\d+[\\w.\\[\\]]*\\.(?:head|tail|sample|shape)(?![\\w(])");

    private static final Pattern PLOT_DECORATION = Pattern.compile(
            "(?:^|\\.)(?:figure|subplots|subplot|title|suptitle|xlabel|ylabel|legend|grid|show|tight_layout|xticks"
                    + "|yticks|xlim|ylim|savefig|set_title|set_xlabel|set_ylabel|set_xlim|set_ylim|set_xticks"
                    + "|set_yticks|set_xticklabels|set_yticklabels|tick_params|axis|colorbar|close|clf|despine)$");

    /** The stage the rules give one statement on its own, ties to the later stage; null when all abstain. */
    static Stage lineStage(ParsedLine line, CellContext context, List<StageRule> base) {
        CellView alone = CellView.ofLine(line, context);
        int[] counts = new int[Stage.values().length];
        for (StageRule rule : base) {
            Stage vote = rule.vote(alone);
            if (vote != null) {
                counts[vote.ordinal()]++;
            }
        }
        return latestMax(counts);
    }

    private static Stage latestMax(int[] counts) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] >= counts[best])) {
                best = i;
            }
        }
        return best < 0 ? null : Stage.values()[best];
    }
}
