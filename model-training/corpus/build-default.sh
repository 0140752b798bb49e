#!/usr/bin/env bash
# Fetches the default corpora (fetch.sh) and builds every dataset from them with ./stagesense dataset.
#   model-training/corpus/build-default.sh [extra dataset options, e.g. --master local[2] --limit 100]
# Environment: DATA (corpus directory, default model-training/corpus/data), OUT (default model-training/build/dataset).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DATA="${DATA:-$HERE/data}"
OUT="${OUT:-$ROOT/model-training/build/dataset}"

"$HERE/fetch.sh" "$DATA"

args=(--out "$OUT")
[ -d "$DATA/notebooks" ] && args+=(--notebooks "$DATA/notebooks")
for doc in "$DATA"/docs/*/; do
  [ -d "$doc" ] && args+=(--notebooks "${doc%/}")   # the directory name is the corpus name
done
DIST="$DATA/root/usr/lib/python3/dist-packages"
if [ -d "$DIST" ]; then
  args+=(--python-src "$DIST" --site-packages "$DIST")
fi
for stdlib in "$DATA"/root/usr/lib/python3.[0-9]*; do
  [ -d "$stdlib" ] && args+=(--python-src "$stdlib")
done
for jar in "$DATA"/java/*-sources.jar; do
  [ -f "$jar" ] && args+=(--java-src "$jar")
done
[ -f "$DATA/packages/pypi-ranked.tsv" ] && args+=(--pypi "$DATA/packages/pypi-ranked.tsv")
[ -f "$DATA/packages/debian-python3-packages.deb822" ] && args+=(--debian "$DATA/packages/debian-python3-packages.deb822")

echo "build-default: ./stagesense dataset ${args[*]} $*" >&2
exec "$ROOT/stagesense" dataset "${args[@]}" "$@"
