package ai.stagesense.server.bench;

/** One request the benchmark repeats: a name for the table, the method, path and JSON body (null for GET). */
record Scenario(String name, String method, String path, String body) {
}
