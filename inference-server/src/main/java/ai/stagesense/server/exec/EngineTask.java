package ai.stagesense.server.exec;

/** Work for an engine, run on the engine executor under a request's {@link Budget}. */
@FunctionalInterface
public interface EngineTask<T> {

    T run(Budget budget) throws Exception;
}
