package ai.stagesense.server.api;

import ai.stagesense.server.ServerState;
import ai.stagesense.server.engines.stage.CellMasking;
import ai.stagesense.server.engines.stage.StageEngine;
import ai.stagesense.server.engines.stage.StagePrediction;
import ai.stagesense.server.exec.EngineExecutor;
import ai.stagesense.server.http.ApiException;
import ai.stagesense.server.http.JsonBody;
import ai.stagesense.server.http.RequestFields;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/stage}: {@code {"code": "..."}} → {@code {"stage", "probabilities"}}, or the batch form
 * {@code {"cells": [...]}} → {@code {"results": [...]}}, the cells masked in order as one notebook.
 */
public final class StageHandler implements Handler {

    static final int MAX_CELLS = 512;

    private final ServerState state;
    private final EngineExecutor executor;

    public StageHandler(ServerState state, EngineExecutor executor) {
        this.state = state;
        this.executor = executor;
    }

    public record Answer(String stage, Map<String, Double> probabilities) {

        static Answer of(StagePrediction p) {
            return new Answer(p.stage().id(), p.byId());
        }
    }

    public record BatchAnswer(List<Answer> results) {
    }

    @Override
    public void handle(Context ctx) throws Exception {
        RequestFields body = JsonBody.read(ctx);
        boolean single = body.has("code");
        boolean batch = body.has("cells");
        if (single == batch) {
            throw ApiException.badRequest(single ? "send either \"code\" or \"cells\", not both"
                    : "missing field 'code' (a string) or 'cells' (an array of strings)", "code");
        }
        List<String> cells = single ? List.of(body.requiredString("code"))
                : body.stringList("cells", List.of(), MAX_CELLS);
        StageEngine engine = state.engines().stage().require();
        List<StagePrediction> predictions = executor.call(budget ->
                engine.classify(CellMasking.notebook(cells), budget));
        List<Answer> answers = predictions.stream().map(Answer::of).toList();
        ctx.json(single ? answers.get(0) : new BatchAnswer(answers));
    }
}
