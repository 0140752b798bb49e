package ai.stagesense.dataset.functions;

import ai.stagesense.codeintel.tokens.Subtokens;
import ai.stagesense.codeintel.tokens.SummaryTokens;
import ai.stagesense.dataset.output.JsonLines;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One docstring pair: a function's code without its docstring, and the docstring.
 *
 * @param dedupKey hash of the language and the whitespace-normalised code: equal for copies of one function
 */
public record FunctionRecord(String language, String repo, String split, String qualifiedName, String code,
                             String summary, String docstring, String style, List<String> params, long dedupKey)
        implements Serializable {

    /** Of two copies, keep the one from the alphabetically first repository and name: reproducible. */
    public static FunctionRecord preferred(FunctionRecord a, FunctionRecord b) {
        int byRepo = a.repo().compareTo(b.repo());
        if (byRepo != 0) {
            return byRepo < 0 ? a : b;
        }
        return a.qualifiedName().compareTo(b.qualifiedName()) <= 0 ? a : b;
    }

    public String toJson() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("language", language);
        row.put("repo", repo);
        row.put("split", split);
        row.put("qualified_name", qualifiedName);
        row.put("code", code);
        row.put("summary", summary);
        row.put("docstring", docstring);
        row.put("style", style);
        row.put("params", params);
        row.put("code_tokens", Subtokens.codeTokens(code));
        row.put("summary_tokens", SummaryTokens.tokenize(summary));
        return JsonLines.toJson(row);
    }
}
