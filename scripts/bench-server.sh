#!/usr/bin/env bash
# Server benchmark (issue 5): ./stagesense bench-server against every model shipped in models/ plus, for models not
# shipped yet, stand-ins of the shipped size trained briefly on the test fixtures (inference-server's BenchModels),
# so the numbers are those of a full model set on this machine. Extra arguments go to bench-server
# (--clients 4 --seconds 10 --heap 512m).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MVN="${MVN:-mvn}"
OUT="$ROOT/inference-server/target/bench-models"
cd "$ROOT"
$MVN -q -B -pl inference-server -am install -DskipTests
(cd inference-server && $MVN -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt)
(cd inference-server && java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  ai.stagesense.server.testing.BenchModels "$OUT" "$ROOT/models")
# run from a copy, so another build replacing the jar cannot pull classes from under the running benchmark
cp "$ROOT/inference-server/target/stagesense-all.jar" "$OUT.jar"
exec java -jar "$OUT.jar" bench-server --models "$OUT" "$@"
