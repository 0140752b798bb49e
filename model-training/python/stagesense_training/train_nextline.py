"""Trains the next-line models: one seq2seq per input stage (as in the research), one stage-conditioned model over
all stages, the n-gram baseline/fallback, and the argument-template table; keeps per stage whichever seq2seq is
better on the dev split and exports the winners to ONNX.

    /usr/bin/python3 -m stagesense_training.train_nextline --dataset DIR --out MODELS_DIR --report DIR

Token sequences come from the Java dataset builder (context_tokens / target_tokens); nothing is re-tokenised here.
The official quality numbers (API@k, exact match, edit similarity of realised lines) come from the Java evaluation
command, which runs the exported models exactly as the server does.
"""
import argparse
import collections
import json
import os
import time

import numpy as np
import torch

from . import STAGES
from .data import Vocabulary, read_jsonl
from .label_model import LabelModel
from .manifest import register_model
from .seq2seq import Seq2Seq, export_onnx, parity_cases, train

NGRAM_ORDER = 3


def stage_of_cells(records):
    """Input stage of every record: the label model's argmax over its cell's labeling-function votes."""
    cells = {}
    for r in records:
        cells.setdefault((r["notebook_id"], r["cell_position"]), r["cell_votes"])
    keys = list(cells)
    votes = np.array([cells[k] for k in keys], dtype=np.int64)
    model = LabelModel(len(STAGES)).fit(votes[(votes >= 0).any(axis=1)])
    stages = model.predict_proba(votes).argmax(axis=1)
    return {k: STAGES[s] for k, s in zip(keys, stages)}


def source_ids(record, vocab, stage, max_src, conditioned):
    tokens = record["context_tokens"][-max_src + (1 if conditioned else 0):]
    if conditioned:
        tokens = ["<stage:%s>" % stage] + tokens
    return vocab.encode(tokens)


def exact_match_at_1(model, pairs, vocab_size, limit=400):
    sample = pairs[:limit]
    if not sample:
        return 0.0
    hits = 0
    for src, tgt in sample:
        best = model.beam_search(src, beam=3, k=1)
        hits += bool(best) and best[0][0] == tgt
    return hits / len(sample)


def ngram_table(records, stage_of):
    counts = collections.defaultdict(collections.Counter)
    for r in records:
        previous = list(r["context"][-(NGRAM_ORDER - 1):])
        previous = ["<s>"] * (NGRAM_ORDER - 1 - len(previous)) + previous
        key = "\t".join([stage_of[(r["notebook_id"], r["cell_position"])]] + previous)
        counts[key][r["target"]] += 1
    return {"order": NGRAM_ORDER,
            "counts": {k: dict(c.most_common(5)) for k, c in counts.items() if sum(c.values()) >= 2}}


def template_table(records, top=3):
    counts = collections.defaultdict(collections.Counter)
    for r in records:
        if r.get("template_key") and r.get("template"):
            counts[r["template_key"]][r["template"]] += 1
    return {k: [[t, n] for t, n in c.most_common(top)] for k, c in counts.items() if sum(c.values()) >= 2}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--max-src", type=int, default=48)
    parser.add_argument("--max-tgt", type=int, default=24)
    parser.add_argument("--budget-all", type=float, default=900, help="seconds for the stage-conditioned model")
    parser.add_argument("--budget-stage", type=float, default=240, help="seconds for each per-stage model")
    parser.add_argument("--limit", type=int, default=0, help="use at most N training pairs (smoke runs)")
    parser.add_argument("--threads", type=int, default=max(1, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.report, exist_ok=True)
    started = time.time()

    records = list(read_jsonl(os.path.join(args.dataset, "nextline")))
    stage_of = stage_of_cells(records)
    train_records = [r for r in records if r["split"] == "train"]
    dev_records = [r for r in records if r["split"] == "dev"]
    if args.limit:
        train_records = train_records[:args.limit]
    base_vocab = Vocabulary.load(os.path.join(args.dataset, "vocab", "nextline.vocab"))
    vocab = Vocabulary(base_vocab.itos + ["<stage:%s>" % s for s in STAGES])

    def pairs(rs, conditioned):
        out = collections.defaultdict(list)
        for r in rs:
            stage = stage_of[(r["notebook_id"], r["cell_position"])]
            tgt = vocab.encode(r["target_tokens"][:args.max_tgt])
            out[stage].append((source_ids(r, vocab, stage, args.max_src, conditioned), tgt))
        return out

    train_all = pairs(train_records, True)
    dev_all = pairs(dev_records, True)
    train_split = pairs(train_records, False)
    dev_split = pairs(dev_records, False)
    print("pairs: %d train, %d dev; vocabulary %d" % (len(train_records), len(dev_records), len(vocab)))

    conditioned = Seq2Seq(len(vocab), len(vocab))
    train(conditioned, [p for ps in train_all.values() for p in ps], epochs=args.epochs,
          time_budget_s=args.budget_all)
    comparison = {}
    exported = {}
    for stage in STAGES:
        if len(train_split[stage]) < 200:
            comparison[stage] = {"pairs": len(train_split[stage]), "per_stage": None,
                                 "conditioned": exact_match_at_1(conditioned, dev_all[stage], len(vocab)),
                                 "kept": "conditioned"}
            continue
        per_stage = Seq2Seq(len(vocab), len(vocab))
        train(per_stage, train_split[stage], epochs=args.epochs, time_budget_s=args.budget_stage)
        own = exact_match_at_1(per_stage, dev_split[stage], len(vocab))
        shared = exact_match_at_1(conditioned, dev_all[stage], len(vocab))
        kept = "per_stage" if own > shared else "conditioned"
        comparison[stage] = {"pairs": len(train_split[stage]), "per_stage": own, "conditioned": shared, "kept": kept}
        if kept == "per_stage":
            exported[stage] = per_stage
        print("stage %s: per-stage EM@1 %.3f vs conditioned %.3f → %s" % (stage, own, shared, kept))

    vocab.save(os.path.join(args.out, "nextline.vocab"))
    for name, model in [("all", conditioned)] + list(exported.items()):
        files = {"encoder": "nextline-%s-encoder.onnx" % name, "decoder": "nextline-%s-decoder.onnx" % name,
                 "vocab": "nextline.vocab"}
        export_onnx(model, os.path.join(args.out, files["encoder"]), os.path.join(args.out, files["decoder"]))
        sample = [p[0] for ps in (dev_all if name == "all" else {name: dev_split[name]}).values() for p in ps][:4]
        os.makedirs(os.path.join(args.out, "parity"), exist_ok=True)
        with open(os.path.join(args.out, "parity", "nextline-%s.json" % name), "w", encoding="utf-8") as fh:
            json.dump({"cases": parity_cases(model, sample)}, fh)
        register_model(args.out, {
            "name": "nextline-%s" % name, "kind": "seq2seq", "files": files,
            "config": {"stage": name, "max_src": args.max_src, "max_tgt": args.max_tgt,
                       "stage_token": name == "all"},
            "training_data": "%d next-line pairs from the train split (notebook-level split)" % len(train_records),
            "metrics": {"dev_exact_match_at_1_masked": comparison.get(name, {}).get("per_stage")
                        if name != "all" else None}})

    with open(os.path.join(args.out, "ngram.json"), "w", encoding="utf-8") as fh:
        json.dump(ngram_table(train_records, stage_of), fh)
    with open(os.path.join(args.out, "templates.json"), "w", encoding="utf-8") as fh:
        json.dump(template_table(train_records), fh)
    register_model(args.out, {"name": "ngram", "kind": "ngram", "files": {"model": "ngram.json"},
                              "config": {"order": NGRAM_ORDER}, "training_data": "train split next-line pairs",
                              "metrics": {}})
    register_model(args.out, {"name": "templates", "kind": "templates", "files": {"model": "templates.json"},
                              "config": {}, "training_data": "argument templates of the train split",
                              "metrics": {}})
    with open(os.path.join(args.report, "nextline-training.md"), "w", encoding="utf-8") as fh:
        fh.write("# Next-line training: per-stage vs stage-conditioned (dev exact match@1 on masked lines)\n\n")
        fh.write("| input stage | train pairs | per-stage model | stage-conditioned model | kept |\n")
        fh.write("|---|---:|---:|---:|---|\n")
        for stage, c in comparison.items():
            fh.write("| %s | %d | %s | %.3f | %s |\n" % (stage, c["pairs"], "—" if c["per_stage"] is None
                                                        else "%.3f" % c["per_stage"], c["conditioned"], c["kept"]))
        fh.write("\nTrained in %.0f s on CPU.\n" % (time.time() - started))
    print(json.dumps(comparison, indent=1))


if __name__ == "__main__":
    main()
