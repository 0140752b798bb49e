package ai.stagesense.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * model-training/reports/docstrings.md: the table of {@link EvalDocstringsCommand}, how it was measured, and a few
 * test summaries side by side (names and summaries only, never the code).
 */
final class DocstringReport {

    static final int EXAMPLES = 8;

    private DocstringReport() {
    }

    static void write(Path file, String table, Map<String, EvalDocstringsCommand.SystemResult> results, int train,
                      List<DocstringPairs.Pair> test, String modelName, Path models, Map<String, String> datasets)
            throws IOException {
        StringBuilder md = new StringBuilder("# Docstring summaries: evaluation\n\n");
        md.append("Measured ").append(LocalDate.now()).append(" by `stagesense eval-docstrings` on the test split of ")
                .append("the docstring pairs (whole repositories and packages held out from training: ")
                .append(repos(test)).append("). ").append(train).append(" training pairs serve the retrieval ")
                .append("baseline.\n\n");
        if (datasets.size() > 1) {
            // several builds: say which pairs came from where, so the run can be repeated
            md.append("Datasets (test splits evaluated together, train splits together serve retrieval): ");
            StringBuilder list = new StringBuilder();
            datasets.forEach((dir, counts) -> list.append(list.length() == 0 ? "" : "; ").append('`').append(dir)
                    .append("` ").append(counts));
            md.append(list).append(".\n\n");
        }
        md.append("- **function name**: the server's docstring engine without a model (`load_config` → ")
                .append("\"Load config.\").\n");
        md.append("- **retrieval (BM25)**: the summary of the training function of the same language whose code ")
                .append("sub-tokens match best (Lucene BM25).\n");
        md.append("- **model**: ").append(modelName == null ? "not evaluated: no summary model in `" + models + "`"
                : modelName + " from `" + models + "`, through the server's docstring engine (function "
                + "extraction, source sub-tokens, beam search 4 with trigram blocking; the function-name summary "
                + "stands in when the model says nothing)").append(".\n\n");
        md.append("Scores: mean smoothed sentence BLEU-4 (CodeXGLUE `smooth_bleu`: +1 smoothing for 2- to 4-grams, ")
                .append("brevity penalty) and mean ROUGE-L F1, both ×100, of the summary against the reference ")
                .append("docstring's first sentence; both sides lower-cased and split into words and punctuation ")
                .append("(the summariser's target tokens). Under the table, with a model: the model minus each ")
                .append("baseline, per language and overall, with a 95% paired-bootstrap interval (1000 resamples ")
                .append("of the test pairs); the model is clearly better when the interval lies above zero.\n\n");
        md.append("```\n").append(table).append("```\n\n");
        for (String language : EvalDocstringsCommand.LANGUAGES) {
            if (test.stream().noneMatch(p -> p.language().equals(language))) {
                md.append("- No ").append(language).append(" pairs in the test split (the dataset builder ")
                        .append("assigned no ").append(language).append(" repository to it), so ").append(language)
                        .append(" summaries are not evaluated here.\n");
            }
        }
        results.forEach((name, r) -> {
            if (r.inClass > 0) {
                md.append("- ").append(name).append(": ").append(r.inClass).append(" Java constructors were given ")
                        .append("inside a class of their name, as an editor sends them (alone they do not parse).\n");
            }
            if (r.noFunction > 0) {
                md.append("- ").append(name).append(": no function found in ").append(r.noFunction)
                        .append(" test pairs' code (scored as empty summaries).\n");
            }
        });
        md.append("\n## Examples (first test pairs of each language)\n\n| function | reference |");
        results.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|---|");
        results.keySet().forEach(name -> md.append("---|"));
        md.append('\n');
        for (int i : examples(test)) {
            md.append("| `").append(test.get(i).qualifiedName()).append("` | ").append(cell(test.get(i).summary()))
                    .append(" |");
            for (EvalDocstringsCommand.SystemResult r : results.values()) {
                md.append(' ').append(cell(r.summaries.get(i))).append(" |");
            }
            md.append('\n');
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    /** Indexes of the first {@link #EXAMPLES} test pairs of each language. */
    static List<Integer> examples(List<DocstringPairs.Pair> test) {
        Map<String, Integer> shown = new TreeMap<>();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (shown.merge(test.get(i).language(), 1, Integer::sum) <= EXAMPLES) {
                out.add(i);
            }
        }
        return out;
    }

    private static String repos(List<DocstringPairs.Pair> test) {
        Map<String, Integer> counts = new TreeMap<>();
        test.forEach(p -> counts.merge(p.language() + " " + p.repo(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        counts.forEach((repo, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(repo).append(' ').append(n));
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
