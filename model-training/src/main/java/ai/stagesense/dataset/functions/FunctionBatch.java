package ai.stagesense.dataset.functions;

import ai.stagesense.dataset.Counts;
import java.io.Serializable;
import java.util.List;

/** The docstring pairs of one source file, and what reading it counted. */
public record FunctionBatch(List<FunctionRecord> functions, Counts counts) implements Serializable {
}
