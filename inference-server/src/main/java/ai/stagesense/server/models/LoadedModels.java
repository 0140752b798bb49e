package ai.stagesense.server.models;

import ai.stagesense.server.engines.Engines;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of startup's model loading: the engines, the state of every manifest entry, and what to close.
 *
 * @param dir     the models directory, or null when the server runs without models
 * @param seconds total time to verify and load
 */
public record LoadedModels(Engines engines, List<ModelStatus> statuses, Path dir, double seconds,
                           List<AutoCloseable> resources) implements AutoCloseable {

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // shutting down: a session that fails to close releases its memory with the process anyway
            }
        }
    }
}
