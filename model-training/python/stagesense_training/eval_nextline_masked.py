"""Masked-line evaluation of the next-line n-gram table on the dev split (exact match @1/@3) next to the
copy-the-previous-line baseline.

    /usr/bin/python3 -m stagesense_training.eval_nextline_masked --dataset DIR --models MODELS_DIR [--limit N]

API@k and the edit similarity of realised lines need the Java realisation and are not computed here.
"""
import argparse
import gzip
import json
import os

from .data import read_jsonl
from .train_nextline import NGRAM_FILE, NGRAM_ORDER, stage_of_cells


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--models", required=True)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=20000)
    args = parser.parse_args(argv)
    with gzip.open(os.path.join(args.models, NGRAM_FILE), "rt", encoding="utf-8") as fh:
        table = json.load(fh)["counts"]
    records = [r for r in read_jsonl(os.path.join(args.dataset, "nextline")) if r["split"] == args.split]
    stage_of = stage_of_cells(records)
    hit1 = hit3 = copy = 0
    sample = records[:args.limit]
    for r in sample:
        previous = list(r["context"][-(NGRAM_ORDER - 1):])
        previous = ["<s>"] * (NGRAM_ORDER - 1 - len(previous)) + previous
        key = "\t".join([stage_of[(r["notebook_id"], r["cell_position"])]] + previous)
        ranked = [line for line, _ in sorted(table.get(key, {}).items(), key=lambda kv: -kv[1])]
        hit1 += bool(ranked) and ranked[0] == r["target"]
        hit3 += r["target"] in ranked[:3]
        copy += bool(r["context"]) and r["context"][-1] == r["target"]
    n = max(1, len(sample))
    print("| method | exact match@1 | exact match@3 |")
    print("|---|---:|---:|")
    print("| copy the previous line | %.3f | — |" % (copy / n))
    print("| n-gram (order %d, stage-aware) | %.3f | %.3f |" % (NGRAM_ORDER, hit1 / n, hit3 / n))
    print("\n%d %s pairs (notebook-level split), masked lines." % (len(sample), args.split))


if __name__ == "__main__":
    main()
