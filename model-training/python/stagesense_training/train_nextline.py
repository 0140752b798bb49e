"""Trains the next-line models: one stage-conditioned seq2seq over all stages, one seq2seq per input stage (as in the
research), the n-gram baseline/fallback, and the argument-template table; keeps per stage whichever seq2seq is
better on the dev split and exports the winners to ONNX.

    /usr/bin/python3 -m stagesense_training.train_nextline --dataset DIR --out MODELS_DIR --report DIR

The per-stage models start as copies of the trained stage-conditioned model and are fine-tuned on their stage's
pairs (without the stage token, the per-stage source of docs/models.md) for a few minutes each: on a CPU that is
far cheaper than training six models from scratch, which in the time we have leaves each of them undertrained.
Training runs on one thread by default (--threads): on a shared 2-core machine more threads only contend.

Token sequences come from the Java dataset builder (context_tokens / target_tokens); nothing is re-tokenised here.
The official quality numbers (API@k, exact match, edit similarity of realised lines) come from the Java evaluation
command, which runs the exported models exactly as the server does.
"""
import argparse
import collections
import copy
import gzip
import json
import os
import re
import time

import numpy as np
import torch

from . import STAGES
from .data import Vocabulary, read_jsonl
from .label_model import LabelModel
from .int8 import round_weights, store_weights_as_int8
from .manifest import register_model
from .reports import hand_written
from .seq2seq import Seq2Seq, export_onnx, parity_cases, train

NGRAM_ORDER = 3
# Compressed: the JSON repeats itself, and models/ must stay small (the server reads .gz tables as well).
NGRAM_FILE = "ngram.json.gz"
TEMPLATES_FILE = "templates.json.gz"


def write_gzip_json(path, table):
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(table, fh, separators=(",", ":"))


def stage_of_cells(records):
    """Input stage of every record: the label model's argmax over its cell's labeling-function votes."""
    cells = {}
    for r in records:
        cells.setdefault((r["notebook_id"], r["cell_position"]), r["cell_votes"])
    return stage_of_votes(cells)


def stage_of_votes(cells):
    """cells: (notebook id, cell position) → labeling-function votes; → the label model's stage of each cell."""
    keys = list(cells)
    votes = np.array([cells[k] for k in keys], dtype=np.int64)
    model = LabelModel(len(STAGES)).fit(votes[(votes >= 0).any(axis=1)])
    stages = model.predict_proba(votes).argmax(axis=1)
    return {k: STAGES[s] for k, s in zip(keys, stages)}


def read_records(dataset, max_src):
    """The next-line records with only the fields training needs (the dataset is over a gigabyte of JSON): the last
    n-gram context entries, the last max_src context tokens; the cells' votes are returned apart, once per cell."""
    records, votes = [], {}
    for r in read_jsonl(os.path.join(dataset, "nextline")):
        if "context_apis" not in r:
            raise SystemExit("%s: next-line records without context_variables/context_apis (written by the dataset "
                             "builder since the n-gram table's coarser levels); rebuild it with ./stagesense dataset"
                             % dataset)
        key = (r["notebook_id"], r["cell_position"])
        if key not in votes:
            votes[key] = r["cell_votes"]
        records.append({"notebook_id": r["notebook_id"], "cell_position": r["cell_position"], "split": r["split"],
                        "context": r["context"][-(NGRAM_ORDER - 1):], "context_tokens": r["context_tokens"][-max_src:],
                        "context_variables": r["context_variables"], "context_apis": r["context_apis"],
                        "target": r["target"], "target_tokens": r["target_tokens"],
                        "template_key": r.get("template_key"), "template": r.get("template")})
    return records, votes


def source_ids(record, vocab, stage, max_src, conditioned):
    tokens = record["context_tokens"][-max_src + (1 if conditioned else 0):]
    if conditioned:
        tokens = ["<stage:%s>" % stage] + tokens
    return vocab.encode(tokens)


EXPRESSION_KEYWORDS = ("for_", "if_", "elif_", "while_", "with_", "return_", "assert_", "del_", "raise_", "yield_")
NO_CALL_KEYWORDS = ("def_", "class_", "except_", "global_", "nonlocal_")
BARE_KEYWORDS = {"if", "else", "elif", "while", "for", "try", "except", "finally", "with", "return", "pass", "break",
                 "continue", "raise", "yield", "assert", "del", "lambda"}


def api_name(masked):
    """The API a masked line calls, as ai.stagesense.cli.ApiName (eval-nextline's API@k) defines it, or None."""
    line = (masked or "").strip()
    if not line:
        return None
    if line.startswith(("import_", "%", "!")):
        return line
    if line.startswith(NO_CALL_KEYWORDS):
        return None
    for keyword in EXPRESSION_KEYWORDS:
        if line.startswith(keyword):
            line = line[len(keyword):]
            break
    depth = 0
    for i, c in enumerate(line):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "=" and depth == 0:
            line = line[i + 1:]
            break
    chain, depth = [], 0
    for c in line:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            chain.append(c)
    chain = "".join(chain).strip()
    if not chain or "," in chain or chain in BARE_KEYWORDS:
        return None
    members = chain.split(".")
    root = members[0]
    if re.fullmatch(r"var\d+", root) or root.startswith("<"):
        if len(members) == 1:
            return None
        return ("var" if not root.startswith("<") else root) + "." + members[-1]
    return chain


def dev_sample(pairs, limit):
    """At most limit pairs spread evenly over the list (dev pairs come notebook by notebook)."""
    if len(pairs) <= limit:
        return list(pairs)
    step = len(pairs) / limit
    return [pairs[int(i * step)] for i in range(limit)]


def dev_scores(model, pairs, vocab, beam=3):
    """Exact match@1/@3 of the masked line and API@1 (over the pairs whose real line calls something) with beam
    search over the pairs; every model is scored on the same pairs of its stage."""
    if not pairs:
        return {"pairs": 0, "exact_at_1": 0.0, "exact_at_3": 0.0, "api_at_1": 0.0}
    exact1 = exact3 = api1 = with_api = 0
    for src, tgt in pairs:
        best = model.beam_search(src, beam=beam, k=3, finished_only=True)
        exact1 += bool(best) and best[0][0] == tgt
        exact3 += any(seq == tgt for seq, _ in best)
        api = api_name("".join(vocab.decode(tgt)))
        if api is not None:
            with_api += 1
            api1 += bool(best) and api_name("".join(vocab.decode(best[0][0]))) == api
    return {"pairs": len(pairs), "exact_at_1": exact1 / len(pairs), "exact_at_3": exact3 / len(pairs),
            "api_at_1": api1 / max(1, with_api)}


# The stage-less levels the server backs off through, most specific first: (context view, previous lines, least count
# of a context, next lines kept per context). Coarser views (variable numbers dropped, the APIs called; the Java
# LineAbstraction, written into the records by the dataset builder) pool notebooks that do the same thing under
# different variable numbers. Pruning chosen on dev among settings that keep models/ under 40 MB
# (model-training/reports/nextline.md).
STAGE_LESS_LEVELS = (("lines", 2, 1, 2), ("variables", 2, 1, 3), ("apis", 2, 2, 3),
                     ("lines", 1, 2, 5), ("variables", 1, 1, 5), ("apis", 1, 1, 5), ("lines", 0, 1, 3000))


def previous_lines(record, view, n):
    """The last n previous lines of a record's context in one view, <s> before the notebook's first line."""
    context = record["context" if view == "lines" else "context_" + view][-(NGRAM_ORDER - 1):]
    context = ["<s>"] * (NGRAM_ORDER - 1 - len(context)) + list(context)
    return context[len(context) - n:] if n else []


def ngram_table(records, stage_of, levels=STAGE_LESS_LEVELS):
    """The n-gram table of docs/models.md: the stage-aware counts after the two previous masked lines, and the
    stage-less levels with their strings interned (most of the file is the same lines over and over); each kept
    context has its total count, so relative frequencies count the lines that were not kept."""
    staged = collections.defaultdict(collections.Counter)
    for r in records:
        key = "\t".join([stage_of[(r["notebook_id"], r["cell_position"])]] + previous_lines(r, "lines", 2))
        staged[key][r["target"]] += 1
    strings, index = [], {}

    def intern(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    stage_less = []
    for view, n, least, top in levels:
        counts = collections.defaultdict(collections.Counter)
        for r in records:
            counts[tuple(previous_lines(r, view, n))][r["target"]] += 1
        kept = {}
        for context, next_lines in counts.items():
            if sum(next_lines.values()) >= least:
                ranked = sorted(next_lines.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
                kept[tuple(intern(line) for line in context)] = (
                    sum(next_lines.values()), [intern(line) for line, _ in ranked], [count for _, count in ranked])
        # Flat arrays of numbers, in the order the server searches them (contexts by their ids, lines most frequent
        # first, ties by line): loading half a million contexts then only reads and checks numbers.
        order = sorted(kept)
        stage_less.append({"context": view, "previous": n,
                           "contexts": [i for ids in order for i in ids],
                           "totals": [kept[ids][0] for ids in order],
                           "sizes": [len(kept[ids][1]) for ids in order],
                           "lines": [i for ids in order for i in kept[ids][1]],
                           "counts": [c for ids in order for c in kept[ids][2]]})
    return {"order": NGRAM_ORDER,
            "counts": {k: dict(c.most_common(5)) for k, c in staged.items() if sum(c.values()) >= 2},
            "stage_less": {"strings": strings, "levels": stage_less}}


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
    parser.add_argument("--epochs", type=int, default=3, help="epochs of the stage-conditioned model (or its budget)")
    parser.add_argument("--stage-epochs", type=int, default=2, help="fine-tuning epochs of each per-stage model")
    parser.add_argument("--max-src", type=int, default=48)
    parser.add_argument("--max-tgt", type=int, default=24)
    parser.add_argument("--embedding", type=int, default=64)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--stage-lr", type=float, default=1e-3, help="learning rate of the per-stage fine-tuning")
    parser.add_argument("--budget-all", type=float, default=2160, help="seconds for the stage-conditioned model")
    parser.add_argument("--budget-stage", type=float, default=150, help="seconds of fine-tuning per stage")
    parser.add_argument("--dev-pairs", type=int, default=300, help="dev pairs per stage for the comparison")
    parser.add_argument("--max-seq2seq-mb", type=float, default=11.0,
                        help="size cap of the exported next-line seq2seq files (models/ must stay small): per-stage "
                             "models that win on dev are shipped by gain while they fit next to the conditioned one")
    parser.add_argument("--limit", type=int, default=0, help="use at most N training pairs (smoke runs)")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads; 1 by default: on a shared 2-core machine more threads only contend")
    parser.add_argument("--benchmark", type=int, default=0,
                        help="train N batches of a throwaway model, print batches/s and stop")
    parser.add_argument("--checkpoint", default="", help="save the conditioned model's weights here after training")
    parser.add_argument("--tables-only", action="store_true",
                        help="count the n-gram and template tables only; no seq2seq is trained")
    parser.add_argument("--init-all", default="", help="load the conditioned model from this checkpoint, untrained")
    parser.add_argument("--continue-all", default="",
                        help="start the conditioned model from this checkpoint and train it --budget-all more seconds")
    parser.add_argument("--float-weights", action="store_true",
                        help="export float32 weights; by default the seq2seq weights are rounded to int8 (int8.py), "
                             "a quarter of the size, so per-stage models fit next to the conditioned one")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.report, exist_ok=True)
    started = time.time()

    records, votes = read_records(args.dataset, args.max_src)
    stage_of = stage_of_votes(votes)
    del votes
    train_records = [r for r in records if r["split"] == "train"]
    dev_records = [r for r in records if r["split"] == "dev"]
    del records
    if args.limit:
        train_records = train_records[:args.limit]
    if args.tables_only:
        write_tables(args.out, train_records, stage_of)
        print("n-gram and template tables written in %.0f s" % (time.time() - started))
        return
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
    loaded_s = time.time() - started
    print("pairs: %d train, %d dev; vocabulary %d; read in %.0f s, %d thread(s)" % (
        len(train_records), len(dev_records), len(vocab), loaded_s, args.threads), flush=True)

    def new_model():
        return Seq2Seq(len(vocab), len(vocab), embedding=args.embedding, hidden=args.hidden)

    all_pairs = [p for ps in train_all.values() for p in ps]
    if args.benchmark:
        probe = {}
        random_pairs = [all_pairs[i] for i in np.random.RandomState(7).permutation(len(all_pairs))[
            :args.benchmark * args.batch_size]]
        train(new_model(), random_pairs, epochs=1, batch_size=args.batch_size, lr=args.lr, stats=probe,
              log_every=max(1, args.benchmark // 4), log=lambda m: print(m, flush=True))
        print("benchmark: %d batches of %d in %.1f s: %.2f batches/s, %.0f pairs/s on %d thread(s)" % (
            probe["batches"], args.batch_size, probe["seconds"], probe["batches"] / probe["seconds"],
            probe["batches"] * args.batch_size / probe["seconds"], args.threads))
        return

    conditioned = new_model()
    conditioned_stats = {"batches": 0, "epochs": 0.0, "seconds": 0.0}
    if args.init_all:
        conditioned.load_state_dict(torch.load(args.init_all))
        print("conditioned model loaded from %s" % args.init_all)
    else:
        if args.continue_all:
            conditioned.load_state_dict(torch.load(args.continue_all))
            print("conditioned model continues from %s" % args.continue_all)
        train(conditioned, all_pairs, epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
              time_budget_s=args.budget_all, log_every=200, stats=conditioned_stats,
              log=lambda m: print(m, flush=True))
        if args.checkpoint:
            torch.save(conditioned.state_dict(), args.checkpoint)
    conditioned.eval()
    samples = {stage: dev_sample(list(zip(dev_all[stage], dev_split[stage])), args.dev_pairs) for stage in STAGES}
    # Scored before and after rounding, so the report shows what int8 weights cost.
    float_scores = {stage: dev_scores(conditioned, [c for c, _ in samples[stage]], vocab) for stage in STAGES}
    if not args.float_weights:
        round_weights(conditioned)

    comparison = {}
    candidates = {}
    for stage in STAGES:
        sample = samples[stage]
        shared = float_scores[stage] if args.float_weights else dev_scores(conditioned, [c for c, _ in sample], vocab)
        row = {"pairs": len(train_split[stage]), "dev_pairs": len(sample), "conditioned": shared,
               "conditioned_float": float_scores[stage], "per_stage": None, "fine_tune": None,
               "better": "conditioned"}
        comparison[stage] = row
        if len(train_split[stage]) < 200:
            print("stage %s: %d pairs, too few to fine-tune" % (stage, len(train_split[stage])), flush=True)
            continue
        per_stage = copy.deepcopy(conditioned)
        stats = {}
        train(per_stage, train_split[stage], epochs=args.stage_epochs, batch_size=args.batch_size,
              lr=args.stage_lr, time_budget_s=args.budget_stage, stats=stats, log=lambda m: print(m, flush=True))
        if not args.float_weights:
            round_weights(per_stage)
        own = dev_scores(per_stage, [p for _, p in sample], vocab)
        row.update({"per_stage": own, "fine_tune": stats})
        if (own["exact_at_1"], own["api_at_1"]) > (shared["exact_at_1"], shared["api_at_1"]):
            row["better"] = "per_stage"
            candidates[stage] = per_stage
        print("stage %s: per-stage EM@1 %.3f API@1 %.3f vs conditioned EM@1 %.3f API@1 %.3f → %s" % (
            stage, own["exact_at_1"], own["api_at_1"], shared["exact_at_1"], shared["api_at_1"], row["better"]),
            flush=True)

    vocab.save(os.path.join(args.out, "nextline.vocab"))
    os.makedirs(os.path.join(args.out, "parity"), exist_ok=True)
    for stale in os.listdir(args.out):
        if stale.startswith("nextline-") and stale.endswith(".onnx"):
            os.remove(os.path.join(args.out, stale))

    def export(name, model):
        files = {"encoder": "nextline-%s-encoder.onnx" % name, "decoder": "nextline-%s-decoder.onnx" % name,
                 "vocab": "nextline.vocab"}
        export_onnx(model, os.path.join(args.out, files["encoder"]), os.path.join(args.out, files["decoder"]))
        if not args.float_weights:
            for part in ("encoder", "decoder"):
                store_weights_as_int8(os.path.join(args.out, files[part]))
        sample = [p[0] for ps in (dev_all if name == "all" else {name: dev_split[name]}).values() for p in ps][:4]
        with open(os.path.join(args.out, "parity", "nextline-%s.json" % name), "w", encoding="utf-8") as fh:
            json.dump({"cases": parity_cases(model, sample)}, fh)
        return files, sum(os.path.getsize(os.path.join(args.out, files[k])) for k in ("encoder", "decoder"))

    shipped = {"all": export("all", conditioned)}
    cap = args.max_seq2seq_mb * 1e6
    # per-stage winners by dev gain × dev share of the stage, while they fit next to the conditioned model
    ranked = sorted(candidates, key=lambda st: -(comparison[st]["per_stage"]["exact_at_1"]
                                                 - comparison[st]["conditioned"]["exact_at_1"]) * len(dev_split[st]))
    for stage in ranked:
        if sum(size for _, size in shipped.values()) + shipped["all"][1] > cap:
            comparison[stage]["kept"] = "conditioned (per-stage model over the size cap)"
            continue
        shipped[stage] = export(stage, candidates[stage])
    for stage, row in comparison.items():
        row.setdefault("kept", "per_stage" if stage in shipped else "conditioned")
    for stale in os.listdir(os.path.join(args.out, "parity")):
        if stale.startswith("nextline-") and stale[len("nextline-"):-len(".json")] not in shipped:
            os.remove(os.path.join(args.out, "parity", stale))
    drop_stale_entries(args.out, ["nextline-%s" % name for name in shipped])

    training_data = "%d next-line pairs from the train split (notebook-level split); %d dev pairs" % (
        len(train_records), len(dev_records))
    for name, (files, size) in shipped.items():
        if name == "all":
            covered = [st for st, row in comparison.items() if row["kept"] != "per_stage"]
            metrics = {"dev_exact_match_at_1_masked": _weighted(comparison, covered, "conditioned", "exact_at_1"),
                       "dev_api_at_1": _weighted(comparison, covered, "conditioned", "api_at_1"),
                       "dev_stages": covered, "train_batches": conditioned_stats["batches"],
                       "train_epochs": round(conditioned_stats["epochs"], 3)}
        else:
            metrics = {"dev_exact_match_at_1_masked": round(comparison[name]["per_stage"]["exact_at_1"], 4),
                       "dev_api_at_1": round(comparison[name]["per_stage"]["api_at_1"], 4),
                       "fine_tune_batches": comparison[name]["fine_tune"]["batches"]}
        register_model(args.out, {
            "name": "nextline-%s" % name, "kind": "seq2seq", "files": files,
            "config": {"stage": name, "max_src": args.max_src, "max_tgt": args.max_tgt,
                       "stage_token": name == "all", "weights": "float32" if args.float_weights else "int8"},
            "training_data": training_data, "metrics": metrics})

    write_tables(args.out, train_records, stage_of)
    write_report(os.path.join(args.report, "nextline-training.md"), args, comparison, conditioned_stats,
                 {name: size for name, (_, size) in shipped.items()}, loaded_s, time.time() - started)
    print(json.dumps(comparison, indent=1))


def write_tables(out, train_records, stage_of):
    """The n-gram table and the argument templates, counted over the train split, and their manifest entries."""
    write_gzip_json(os.path.join(out, NGRAM_FILE), ngram_table(train_records, stage_of))
    write_gzip_json(os.path.join(out, TEMPLATES_FILE), template_table(train_records))
    register_model(out, {"name": "ngram", "kind": "ngram", "files": {"model": NGRAM_FILE},
                         "config": {"order": NGRAM_ORDER, "stage_less_levels": [list(l) for l in STAGE_LESS_LEVELS]},
                         "training_data": "%d next-line pairs of the train split (notebook-level split)" % len(
                             train_records), "metrics": {}})
    register_model(out, {"name": "templates", "kind": "templates", "files": {"model": TEMPLATES_FILE},
                         "config": {}, "training_data": "argument templates of %d next-line pairs of the train split"
                                                        % len(train_records), "metrics": {}})


def drop_stale_entries(models_dir, keep):
    """Removes the manifest entries of next-line seq2seq models an earlier run shipped and this one did not."""
    path = os.path.join(models_dir, "manifest.json")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as fh:
        manifest = json.load(fh)
    models = [m for m in manifest["models"]
              if not (m["name"].startswith("nextline-") and m.get("kind") == "seq2seq" and m["name"] not in keep)]
    if len(models) != len(manifest["models"]):
        manifest["models"] = models
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, indent=2)
            fh.write("\n")


def _weighted(comparison, stages, model, metric):
    total = sum(comparison[st]["dev_pairs"] for st in stages)
    if not total:
        return None
    return round(sum(comparison[st][model][metric] * comparison[st]["dev_pairs"] for st in stages) / total, 4)


def write_report(path, args, comparison, conditioned_stats, sizes, loaded_s, total_s):
    def cell(scores):
        return "—" if scores is None else "%.3f / %.3f / %.3f" % (
            scores["exact_at_1"], scores["exact_at_3"], scores["api_at_1"])

    notes = hand_written(path)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Next-line training: per-stage vs stage-conditioned seq2seq\n\n")
        fh.write("Written by `stagesense_training.train_nextline`. Dev scores are beam search (width 3) in PyTorch on "
                 "the same dev pairs for both models of a stage (at most %d per stage, spread evenly over the dev "
                 "notebooks): exact match@1 / exact match@3 of the masked line / API@1 (the called API, as "
                 "`eval-nextline` defines it, over the pairs whose line calls one). The per-stage models are copies "
                 "of the trained stage-conditioned model fine-tuned on their stage's pairs.\n\n" % args.dev_pairs)
        fh.write("| input stage | train pairs | dev pairs | per-stage (fine-tuned) EM@1 / EM@3 / API@1 "
                 "| stage-conditioned EM@1 / EM@3 / API@1 | better on dev | shipped for the stage |\n")
        fh.write("|---|---:|---:|---:|---:|---|---|\n")
        for stage, c in comparison.items():
            fh.write("| %s | %d | %d | %s | %s | %s | %s |\n" % (
                stage, c["pairs"], c["dev_pairs"], cell(c["per_stage"]), cell(c["conditioned"]), c["better"],
                c["kept"]))
        if not args.float_weights:
            fh.write("\nWeights are int8 (one scale per tensor, `int8.py`), rounded before the scores above. The "
                     "stage-conditioned model before and after rounding, EM@1 / EM@3 / API@1 on the same pairs: %s.\n" % (
                         "; ".join("%s %s → %s" % (st, cell(c["conditioned_float"]), cell(c["conditioned"]))
                                   for st, c in comparison.items())))
        fh.write("\nStage-conditioned model: embedding %d, hidden %d, batch %d, Adam lr %g, max_src %d; %d batches "
                 "(%.2f epochs of the train pairs) in %.0f s, %.2f batches/s on %d torch thread(s).\n" % (
                     args.embedding, args.hidden, args.batch_size, args.lr, args.max_src,
                     conditioned_stats["batches"], conditioned_stats["epochs"], conditioned_stats["seconds"],
                     conditioned_stats["batches"] / max(conditioned_stats["seconds"], 1e-9), args.threads))
        if args.continue_all or args.init_all:
            fh.write("Started from the checkpoint %s%s.\n" % (
                os.path.basename(args.continue_all or args.init_all),
                " and trained further as above" if args.continue_all else ", not trained further"))
        fh.write("Per-stage fine-tuning (lr %g, at most %d epochs or %.0f s each): %s.\n" % (
            args.stage_lr, args.stage_epochs, args.budget_stage,
            ", ".join("%s %d batches / %.2f epochs / %.0f s" % (st, c["fine_tune"]["batches"],
                                                             c["fine_tune"]["epochs"], c["fine_tune"]["seconds"])
                      for st, c in comparison.items() if c["fine_tune"])))
        fh.write("Exported: %s (size cap %.1f MB for the next-line seq2seq files).\n" % (
            ", ".join("nextline-%s %.1f MB" % (n, s / 1e6) for n, s in sizes.items()), args.max_seq2seq_mb))
        fh.write("\nRead the dataset in %.0f s; %.0f s in all on CPU.\n" % (loaded_s, total_s))
        if notes:
            fh.write("\n" + notes)



if __name__ == "__main__":
    main()
