package ai.stagesense.server.engines;

import ai.stagesense.server.engines.completion.CompletionEngine;
import ai.stagesense.server.engines.docstring.DocstringEngine;
import ai.stagesense.server.engines.packages.PackageEngine;
import ai.stagesense.server.engines.stage.StageEngine;

/** The engines behind the endpoints, each present or absent with the reason its endpoints give (503). */
public record Engines(EngineSlot<StageEngine> stage, EngineSlot<CompletionEngine> completion,
                      EngineSlot<DocstringEngine> docstring, EngineSlot<PackageEngine> packages) {
}
