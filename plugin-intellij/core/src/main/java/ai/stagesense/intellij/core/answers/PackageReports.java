package ai.stagesense.intellij.core.answers;

import ai.stagesense.intellij.core.api.ApiException;
import ai.stagesense.intellij.core.api.PackageResult;
import ai.stagesense.intellij.core.api.PackageResults;
import ai.stagesense.intellij.core.api.StageSenseClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks the package endpoints about a file's imports, all requests in parallel, and folds the answers into one
 * {@link PackageReport}. A 404 for one import is an answer ("not in the catalog"), not a failure of the report;
 * only an unreachable server fails the whole future.
 */
public final class PackageReports {

    /** A file with more imports than this gets alternatives for its first ones only; the panel stays readable. */
    static final int MAX_IMPORTS = 25;

    private PackageReports() {
    }

    public static CompletableFuture<PackageReport> fetch(StageSenseClient client, List<String> imports, int k) {
        List<String> asked = imports.size() > MAX_IMPORTS ? imports.subList(0, MAX_IMPORTS) : imports;
        CompletableFuture<Outcome> recommend = asked.isEmpty()
                ? CompletableFuture.completedFuture(new Outcome(List.of(), null, false))
                : outcome(client.recommend(asked, k));
        Map<String, CompletableFuture<Outcome>> similar = new LinkedHashMap<>();
        for (String name : asked) {
            similar.put(name, outcome(client.similar(name, k)));
        }
        List<CompletableFuture<Outcome>> all = new ArrayList<>(similar.values());
        all.add(recommend);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<String> notInCatalog = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, List<PackageResult>> alternatives = new LinkedHashMap<>();
            similar.forEach((name, future) -> {
                Outcome o = future.join();
                if (o.notFound()) {
                    notInCatalog.add(name);
                } else if (o.problem() != null) {
                    problems.add("similar to " + name + ": " + o.problem());
                } else {
                    // one similar answer also lists extensions and companions; the window shows alternatives
                    alternatives.put(name, o.results().stream().filter(PackageResult::isAlternative).toList());
                }
            });
            Outcome often = recommend.join();
            if (often.problem() != null && !often.notFound()) {
                problems.add("often used with: " + often.problem());
            }
            return new PackageReport(asked, often.results(), alternatives, notInCatalog, problems);
        });
    }

    /** Server refusals become data; anything else (unreachable, cancelled) still fails the report. */
    private static CompletableFuture<Outcome> outcome(CompletableFuture<PackageResults> call) {
        return call.handle((results, failure) -> {
            if (failure == null) {
                return new Outcome(results.results(), null, false);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ApiException api) {
                return new Outcome(List.of(), api.getMessage(), api.status() == 404);
            }
            throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
        });
    }

    private record Outcome(List<PackageResult> results, String problem, boolean notFound) {
    }
}
