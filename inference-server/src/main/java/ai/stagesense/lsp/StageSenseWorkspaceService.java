package ai.stagesense.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings changes and the {@value #SIMILAR_PACKAGES} command, which returns what the hover shows as data for
 * clients that list it in a panel: {@code {"name", "summary", "similar": [...], "used_with": [...]}}, each entry
 * {@code {"name", "score", "summary", "reasons"}} as in the HTTP API; null for an unknown package or without the
 * package engine.
 */
final class StageSenseWorkspaceService implements WorkspaceService {

    static final String SIMILAR_PACKAGES = "stagesense.similarPackages";

    private final LspEngines engines;
    private final Requests requests;
    private final Supplier<LspSettings> settings;
    private final Consumer<Object> configure;

    StageSenseWorkspaceService(LspEngines engines, Requests requests, Supplier<LspSettings> settings,
                               Consumer<Object> configure) {
        this.engines = engines;
        this.requests = requests;
        this.settings = settings;
        this.configure = configure;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        configure.accept(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // no file on disk affects the features; only open documents do
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return requests.submit("executeCommand", null, budget -> {
            if (!SIMILAR_PACKAGES.equals(params.getCommand()) || engines.packages() == null
                    || !settings.get().packages()) {
                return null;
            }
            String name = packageName(params.getArguments());
            if (name == null) {
                return null;
            }
            PackageInfo info = engines.packages().lookup(name, 10, budget);
            return info == null ? null : json(info);
        });
    }

    /** The first argument: a package name, or an object with a "name" field (clients differ). */
    private static String packageName(List<Object> arguments) {
        Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
        if (first instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString().strip();
        }
        if (first instanceof JsonObject o && o.get("name") instanceof JsonPrimitive p && p.isString()) {
            return p.getAsString().strip();
        }
        return first instanceof String s ? s.strip() : null;
    }

    private static JsonObject json(PackageInfo info) {
        JsonObject out = new JsonObject();
        out.addProperty("name", info.name());
        out.addProperty("summary", info.summary());
        out.add("similar", results(info.alternatives()));
        out.add("extensions", results(info.extensions()));
        out.add("used_with", results(info.usedWith()));
        return out;
    }

    private static JsonArray results(List<PackageInfo.Entry> results) {
        JsonArray array = new JsonArray();
        for (PackageInfo.Entry r : results) {
            JsonObject o = new JsonObject();
            o.addProperty("name", r.name());
            o.addProperty("score", r.score());
            o.addProperty("summary", r.summary());
            JsonArray reasons = new JsonArray();
            (r.reasons() == null ? List.<String>of() : r.reasons()).forEach(reasons::add);
            o.add("reasons", reasons);
            array.add(o);
        }
        return array;
    }
}
