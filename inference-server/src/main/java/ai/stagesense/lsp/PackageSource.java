package ai.stagesense.lsp;

/** Package information for hover and {@code stagesense.similarPackages} (see ServerEngines for the engine). */
public interface PackageSource {

    /** @return null for a package the catalog does not know */
    PackageInfo lookup(String name, int k, LspBudget budget) throws Exception;
}
