package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.EngineSlot;
import ai.stagesense.server.engines.Engines;
import ai.stagesense.server.models.LoadedModels;
import ai.stagesense.server.models.ManifestEntry;
import ai.stagesense.server.models.ModelStatus;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/models}: every manifest entry (name, version, kind, state, metrics, training data) and, per
 * endpoint family, whether its engine is available, why not, and for docstrings where summaries come from.
 */
public final class ModelsHandler implements Handler {

    private final ServerState state;

    public ModelsHandler(ServerState state) {
        this.state = state;
    }

    public record Model(String name, String version, String kind, String state, String detail, Map<String, String> files,
                        JsonObject metrics, @SerializedName("training_data") String trainingData,
                        @SerializedName("load_seconds") double loadSeconds) {

        static Model of(ModelStatus s) {
            ManifestEntry e = s.entry();
            return new Model(e.name(), e.version(), e.kind(), s.state(), s.detail(), e.files(), e.metrics(),
                    e.trainingData(), s.loadSeconds());
        }
    }

    public record Engine(boolean available, String reason, String summarizer) {

        static Engine of(EngineSlot<?> slot) {
            return new Engine(slot.available(), slot.reason(), null);
        }
    }

    public record Answer(@SerializedName("models_dir") String modelsDir, List<Model> models,
                         Map<String, Engine> engines) {
    }

    @Override
    public void handle(Context ctx) {
        LoadedModels loaded = state.models();
        Engines engines = loaded.engines();
        Map<String, Engine> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put("stage", Engine.of(engines.stage()));
        byEndpoint.put("complete", Engine.of(engines.completion()));
        byEndpoint.put("docstring", new Engine(true, null, engines.docstring().require().summarizer()));
        byEndpoint.put("packages", Engine.of(engines.packages()));
        ctx.json(new Answer(loaded.dir() == null ? null : loaded.dir().toString(),
                loaded.statuses().stream().map(Model::of).toList(), byEndpoint));
    }
}
