#!/usr/bin/env bash
# Retrains and re-evaluates every shipped model from the corpora, in one command.
#
#   model-training/retrain.sh            full run: default corpora → dataset → vocabularies → models/ + reports
#   model-training/retrain.sh --smoke    minutes: the test fixture corpus → tiny models in a temp dir → loaded by the
#                                        Java server → one prediction per endpoint (what CI runs)
#
# Environment: MODELS (default models/), REPORT (default model-training/reports), PYTHON (default /usr/bin/python3:
# Debian's interpreter, which has python3-torch and python3-onnx).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
TRAIN=(env PYTHONPATH="$ROOT/model-training/python" "$PYTHON" -m)

if [ "${1:-}" = "--smoke" ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT   # smoke-predict.sh stops the server it starts
  FIXTURES="$ROOT/model-training/src/test/resources/corpus"
  DATASET="$WORK/dataset"
  MODELS="$WORK/models"
  REPORT="$WORK/report"
  echo "== smoke: dataset from the fixture corpus"
  "$ROOT/stagesense" dataset --out "$DATASET" --master 'local[2]' \
    --notebooks "$FIXTURES/notebooks" --python-src "$FIXTURES/python" --java-src "$FIXTURES/textutils" \
    --pypi "$FIXTURES/packages/pypi-ranked.tsv" --debian "$FIXTURES/packages/debian-python3-packages.deb822" >/dev/null
  "$ROOT/stagesense" vocab --dataset "$DATASET"
  # A vocabulary built from a handful of files has few tokens seen three times; the smoke run only checks plumbing.
  echo "== smoke: train and export"
  "${TRAIN[@]}" stagesense_training.train_stage --dataset "$DATASET" --labels "$ROOT/model-training/labels/stage-labels.jsonl" \
    --out "$MODELS" --report "$REPORT" --epochs 1 --hidden 16
  "${TRAIN[@]}" stagesense_training.train_nextline --dataset "$DATASET" --out "$MODELS" --report "$REPORT" \
    --epochs 1 --budget-all 30 --budget-stage 10
  "${TRAIN[@]}" stagesense_training.train_summarizer --dataset "$DATASET" --out "$MODELS" --report "$REPORT" \
    --epochs 1 --budget 30
  echo "== smoke: load in Java and predict"
  "$ROOT/model-training/smoke-predict.sh" "$MODELS"
  echo "smoke: dataset → train → export → load in Java → predict: ok"
  exit 0
fi

DATASET="${DATASET:-$ROOT/model-training/build/dataset}"
MODELS="${MODELS:-$ROOT/models}"
REPORT="${REPORT:-$ROOT/model-training/reports}"
OUT="$DATASET" "$ROOT/model-training/corpus/build-default.sh"
"$ROOT/stagesense" vocab --dataset "$DATASET"
"${TRAIN[@]}" stagesense_training.train_stage --dataset "$DATASET" --dev-weight 20 \
  --labels "$ROOT/model-training/labels/stage-labels.jsonl" --out "$MODELS" --report "$REPORT"
"${TRAIN[@]}" stagesense_training.train_nextline --dataset "$DATASET" --out "$MODELS" --report "$REPORT"
"${TRAIN[@]}" stagesense_training.train_summarizer --dataset "$DATASET" --out "$MODELS" --report "$REPORT"
# Next-line quality through the served engine on every held-out test notebook; also writes the manifest's metrics.
"$ROOT/stagesense" eval-nextline --dataset "$DATASET" --models "$MODELS" --split test --limit 100000 \
  --per-notebook 40 --report "$REPORT/nextline.md"
"$ROOT/stagesense" eval-docstrings --dataset "$DATASET" --models "$MODELS" --report "$REPORT/docstrings.md"
"$ROOT/stagesense" build-packages --dataset "$DATASET" --out "$MODELS/packages"
"$ROOT/stagesense" eval-packages --dataset "$DATASET" --index "$MODELS/packages" --report "$REPORT/packages.md"
echo "retrain: models in $MODELS, reports in $REPORT"
