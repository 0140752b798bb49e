package ai.stagesense.server.engines.packages;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * {@code /v1/packages/similar}'s answer: the catalog name the query resolved to ({@code sklearn} → scikit-learn) and
 * how ({@code exact}, {@code import_name}, {@code debian_name}, {@code name_variant}, {@code typo}), so a client can
 * say "showing results for pandas" after a typo; its summary; then alternatives, extensions and often-used-with, in
 * that order.
 */
public record SimilarAnswer(String name, @SerializedName("resolved_by") String resolvedBy, String summary,
                            List<PackageResult> results) {
}
