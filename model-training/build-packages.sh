#!/usr/bin/env bash
# Rebuilds the similar-packages index (models/packages + its manifest entry) and its evaluation report, in one command:
#
#   model-training/build-packages.sh [--python /path/to/python]
#
# The catalog is PyPI's top list + Debian's python3 packages + co-imports of the notebook corpus (the default
# dataset, rebuilt first). --python adds the packages installed in that interpreter's environment (Summary,
# Requires-Dist, Keywords, Classifiers from *.dist-info/METADATA), so private and internal packages are found too;
# without it, an active virtualenv ($VIRTUAL_ENV) is used when there is one.
# Environment: DATASET (default model-training/build/dataset), MODELS (default models/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATASET="${DATASET:-$ROOT/model-training/build/dataset}"
MODELS="${MODELS:-$ROOT/models}"
cd "$ROOT"

ENV_PYTHON=""
if [ "${1:-}" = "--python" ]; then
  ENV_PYTHON="${2:?--python needs the path of a python interpreter}"
  shift 2
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  ENV_PYTHON="$VIRTUAL_ENV/bin/python"
fi

extra=()
if [ -n "$ENV_PYTHON" ]; then
  # purelib and platlib differ on some distributions (lib vs lib64)
  while read -r dir; do
    [ -d "$dir" ] && extra+=(--site-packages "$dir")
  done < <("$ENV_PYTHON" -c 'import sysconfig; p = sysconfig.get_paths(); print(p["purelib"]); print(p["platlib"])' | sort -u)
  [ ${#extra[@]} -gt 0 ] || { echo "build-packages: no site-packages directory found for $ENV_PYTHON" >&2; exit 2; }
  echo "build-packages: adding the packages installed for $ENV_PYTHON: ${extra[*]}" >&2
fi

OUT="$DATASET" "$ROOT/model-training/corpus/build-default.sh" "${extra[@]}" "$@"
"$ROOT/stagesense" build-packages --dataset "$DATASET" --out "$MODELS/packages"
"$ROOT/stagesense" eval-packages --dataset "$DATASET" --index "$MODELS/packages" \
  --report "$ROOT/model-training/reports/packages.md"
