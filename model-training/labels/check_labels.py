#!/usr/bin/env python3
"""Sanity checks for stage-labels.jsonl (standard library only).

Checks: one valid JSON object per line with the expected keys, label in the six stages, split in {dev, test},
each (notebook, cell) once, each notebook in one split only, and -- when the corpus is available -- that every
non-empty code cell of each labelled notebook is labelled and that the sha1 matches the cell source.
Prints counts per stage and split.

usage: python3 check_labels.py [labels.jsonl] [corpus_dir]
"""
import collections
import hashlib
import json
import os
import sys

STAGES = ["imports", "load", "explore", "prepare", "train", "evaluate"]
here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "stage-labels.jsonl")
corpus = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/data/notebooks"

errors = []
rows = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        missing = {"notebook", "cell", "sha1", "label", "split"} - r.keys()
        if missing:
            errors.append(f"line {n}: missing keys {sorted(missing)}")
            continue
        if r["label"] not in STAGES:
            errors.append(f"line {n}: bad label {r['label']!r}")
        if r["split"] not in ("dev", "test"):
            errors.append(f"line {n}: bad split {r['split']!r}")
        rows.append(r)

seen = collections.Counter((r["notebook"], r["cell"]) for r in rows)
errors += [f"duplicate {k}" for k, v in seen.items() if v > 1]
splits = collections.defaultdict(set)
for r in rows:
    splits[r["notebook"]].add(r["split"])
errors += [f"{nb} is in both splits" for nb, s in splits.items() if len(s) > 1]


def code_cells(nb_path):
    nb = json.load(open(nb_path, encoding="utf-8"))
    out = []
    for c in nb["cells"]:
        if c["cell_type"] != "code":
            continue
        src = c["source"]
        src = "".join(src) if isinstance(src, list) else src
        if src.strip():
            out.append(src)
    return out


if os.path.isdir(corpus):
    by_nb = collections.defaultdict(dict)
    for r in rows:
        by_nb[r["notebook"]][r["cell"]] = r
    for nb, cells in by_nb.items():
        src = code_cells(os.path.join(corpus, nb))
        if sorted(cells) != list(range(len(src))):
            errors.append(f"{nb}: labelled cells {len(cells)} != non-empty code cells {len(src)}")
        for i, r in cells.items():
            if i < len(src) and hashlib.sha1(src[i].encode("utf-8")).hexdigest() != r["sha1"]:
                errors.append(f"{nb} cell {i}: sha1 mismatch")
else:
    print(f"(corpus {corpus} not found: sha1/coverage checks skipped)")

stage_split = collections.Counter((r["label"], r["split"]) for r in rows)
nbs = {s: len({r['notebook'] for r in rows if r['split'] == s}) for s in ("dev", "test")}
print(f"{len(rows)} cells, {len(splits)} notebooks (dev {nbs['dev']}, test {nbs['test']})")
print(f"{'stage':10}{'dev':>6}{'test':>6}{'all':>6}")
for st in STAGES:
    d, t = stage_split[(st, "dev")], stage_split[(st, "test")]
    print(f"{st:10}{d:6}{t:6}{d + t:6}")
d = sum(v for (st, sp), v in stage_split.items() if sp == "dev")
print(f"{'total':10}{d:6}{len(rows) - d:6}{len(rows):6}")
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("OK")
