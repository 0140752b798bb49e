package ai.stagesense.server.engines.completion;

import java.util.List;

/** @param stage the stage id of the cell being written, or null for a language without stages (Java) */
public record CompletionResult(String stage, List<Suggestion> suggestions) {
}
