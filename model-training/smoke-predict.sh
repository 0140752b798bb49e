#!/usr/bin/env bash
# Loads a models directory in the Java server and asks each model-backed endpoint once; fails on any non-200.
#   model-training/smoke-predict.sh MODELS_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODELS="$1"
WORK="$(mktemp -d)"
LOG="$WORK/serve.log"
"$ROOT/stagesense" serve --models "$MODELS" --port 0 --token-file "$WORK/token" > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$LOG" | head -1 || true)
  [ -n "$URL" ] && curl -sf "$URL/v1/health" >/dev/null && break
  kill -0 $SERVER 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
TOKEN=$(cat "$WORK/token")
ask() {
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" "$URL$1"
  echo
}
ask /v1/stage '{"code": "import pandas as pd\ndf = pd.read_csv(\"train.csv\")"}'
ask /v1/complete '{"prefix": "import pandas as pd\ndf = pd.read_csv(\"train.csv\")\n", "context": []}'
ask /v1/docstring '{"code": "def load_config(path, strict=False):\n    return path\n", "language": "python"}'
