package ai.stagesense.codeintel.stage;

import static ai.stagesense.codeintel.stage.Stage.EXPLORE;

import ai.stagesense.codeintel.stage.ParsedLine.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Labeling functions for looking at data: displays, summaries, plots and statistics. */
final class ExploreFunctions {

    private ExploreFunctions() {
    }

    /** Plotting calls, leaving out the style and backend configuration that belongs to setup cells. */
    static final Pattern PLOT_CALL = Pattern.compile(
            "(?<![\\w.])(?:matplotlib\\.pyplot|plt|seaborn|sns|plotly\\.express|px|plotly\\.graph_objects"
                    + "|plotly\\.figure_factory|pandas\\.plotting|altair|bokeh\\.plotting)"
                    + "\\.(?!(?:set|set_\\w+|style|rc|rcParams|rcdefaults|use|ioff|ion)(?!\\w))\\w+");

    private static final Pattern GROUPBY = Pattern.compile(
            "\\.(?:groupby|pivot_table)(?!\\w)|(?<!\\w)crosstab(?!\\w)");

    private static final Pattern HEAD_TAIL = Patterns.attr("head", "tail", "sample");

    static final Pattern PANDAS_PLOT = Patterns.attr("plot", "hist", "boxplot");

    /** A display of a table's dimensions or schema rather than of its contents. */
    private static final Pattern SHAPE_LIKE = Pattern.compile(
            "\\.(?:shape|columns|dtypes|ndim|size|index)(?:\\[\\])?(?![\\w.(\\[])|(?<![\\w.])len\\(var\\d+");

    /** Methods that change data, fit models or write files: a display of their result is not mere inspection. */
    private static final Pattern NOT_INSPECTION = Patterns.attr(
            "fit", "fit_transform", "transform", "predict", "predict_proba", "score", "evaluate", "compile",
            "backward", "step", "train", "to_csv", "to_parquet", "to_excel", "save", "fillna", "dropna", "drop",
            "drop_duplicates", "replace", "astype", "map", "apply", "merge", "join", "rename", "reset_index",
            "set_index", "append", "extend", "update", "pop", "insert", "clip");

    private static final Set<String> DISPLAY_WRAPPERS = Set.of(
            "print", "display", "len", "type", "list", "sorted", "set", "repr", "str", "round");

    private static final Pattern VARIABLE_CHAIN = Pattern.compile("var\\d+(?:\\[\\]|\\.\\w+)*");

    /** A fitted model's attribute ({@code best_params_}, {@code coef_}): looking at the model, not the data. */
    private static final Pattern FITTED_ATTRIBUTE = Pattern.compile("\\.\\w+_(?![\\w])");

    private static final int MAX_WRAPPER_DEPTH = 4;

    static List<StageRule> rules() {
        return List.of(
                // head() after a transformation shows the result of preparing; only a cell that neither binds nor
                // changes anything is a look.
                new StageRule("lf_head_tail", EXPLORE, cell -> cell.anyCode(HEAD_TAIL)
                        && !cell.anyLine(ParsedLine::isAssignment) && !cell.anyCode(NOT_INSPECTION)),
                StageRule.code("lf_describe_info", EXPLORE, Pattern.compile(
                        "\\.(?:describe|dtypes|memory_usage)(?!\\w)|(?<!logging|logger)\\.info(?!\\w)")),
                StageRule.code("lf_value_counts", EXPLORE, Patterns.attr("value_counts", "nunique", "unique")),
                StageRule.code("lf_missing_values", EXPLORE, Patterns.any(
                        Pattern.compile("\\.(?:isnull|isna)\\.(?:sum|mean|any|values)(?!\\w)"),
                        Patterns.path("numpy.isnan", "np.isnan"),
                        Patterns.path("missingno.*", "msno.*"))),
                // A plot or display of what an earlier cell's model made (context) is evaluation, not exploration.
                // A plot in a cell that builds or fits a model shows that model (clusters found, a fitted line).
                new StageRule("lf_plot_call", EXPLORE, cell -> cell.anyCode(PLOT_CALL)
                        && !cell.anyCode(TrainEvaluateFunctions.EVALUATION_EVIDENCE)
                        && !cell.anyCode(TrainEvaluateFunctions.MODEL_CONSTRUCTOR) && !cell.fitsModel()
                        && !TrainEvaluateFunctions.plotsModelOutput(cell) && !cell.context().readsModelOutput()),
                // Plot methods on a variable (df.plot, s.hist); module calls such as plt.hist are lf_plot_call's.
                new StageRule("lf_pandas_plot", EXPLORE, cell -> cell.code().stream().anyMatch(
                        l -> l.expr().startsWith("var") && PANDAS_PLOT.matcher(l.expr()).find())
                        && !cell.anyCode(TrainEvaluateFunctions.EVALUATION_EVIDENCE)
                        && !cell.context().readsModelOutput()),
                // Printing shapes right after loading or splitting is a sanity check of that step, so only a
                // cell that binds nothing counts.
                new StageRule("lf_shape_display", EXPLORE, cell -> cell.code().stream().anyMatch(
                        l -> l.isDisplay() && SHAPE_LIKE.matcher(l.expr()).find())
                        && !cell.anyLine(l -> l.target() != null)),
                new StageRule("lf_display_only", EXPLORE, cell -> cell.allLines(ExploreFunctions::isInspection)
                        && !cell.context().readsModelOutput()),
                new StageRule("lf_groupby_agg", EXPLORE, cell -> cell.code().stream().anyMatch(
                        l -> l.isDisplay() && GROUPBY.matcher(l.expr()).find())),
                StageRule.code("lf_correlation", EXPLORE, Patterns.attr("corr", "corrwith", "cov")),
                StageRule.code("lf_profile_report", EXPLORE, Patterns.any(
                        Patterns.symbol("ProfileReport", "profile_report", "AutoViz_Class", "skim"),
                        Patterns.path("sweetviz.*", "dtale.*", "ydata_profiling.*", "pandas_profiling.*"))),
                StageRule.code("lf_stat_test", EXPLORE, Patterns.symbol(
                        "ttest_ind", "ttest_rel", "chi2_contingency", "shapiro", "normaltest", "kstest",
                        "mannwhitneyu", "f_oneway", "pearsonr", "spearmanr", "kendalltau", "skew", "kurt",
                        "kurtosis")),
                StageRule.comment("lf_comment_eda", EXPLORE,
                        Patterns.words("eda", "explor*", "visuali*", "distribution*", "insight*", "overview",
                                "summary statistics", "descriptive", "correlation*", "inspect*", "look at",
                                "understand*", "statistics"),
                        null));
    }

    /** A line that only shows existing data: a bare variable chain, possibly inside print / len / display. */
    static boolean isInspection(ParsedLine line) {
        if (line.kind() == Kind.HELP) {
            return true;
        }
        return line.isDisplay() && !NOT_INSPECTION.matcher(line.expr()).find()
                && !FITTED_ATTRIBUTE.matcher(line.expr()).find() && isInspectionExpr(line.expr(), 0);
    }

    private static boolean isInspectionExpr(String expr, int depth) {
        if (VARIABLE_CHAIN.matcher(expr).matches()) {
            return true;
        }
        int open = expr.indexOf('(');
        if (depth >= MAX_WRAPPER_DEPTH || open <= 0 || !expr.endsWith(")")
                || !DISPLAY_WRAPPERS.contains(expr.substring(0, open))) {
            return false;
        }
        List<String> arguments = splitTopLevel(expr.substring(open + 1, expr.length() - 1));
        if (arguments.isEmpty()) {
            return false;
        }
        for (String argument : arguments) {
            if (!isInspectionExpr(argument, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }
}
