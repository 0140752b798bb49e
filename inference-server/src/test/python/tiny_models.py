"""Trains small real models on the server tests' fixture data and exports them as a StageSense models directory.

    PYTHONPATH=model-training/python /usr/bin/python3 tiny_models.py --data DIR --out MODELS_DIR [--size tiny|bench]

The architectures, training loops, ONNX export, n-gram/template tables and manifest writer are the training
package's own (model-training/python/stagesense_training), so the server is tested against exactly what training
ships; only the sizes and the data differ. The data (written by the Java test helper FixtureDataset) is featurized
by codeintel, as the dataset builder does.

--size tiny: small widths and the fixtures' own vocabularies, trained a few epochs: fast enough for every test run.
--size bench: the widths training uses and vocabularies padded to the sizes `stagesense vocab` caps them at, so
that latency measured against them is representative of shipped models (their predictions are not).
"""
import argparse
import collections
import json
import os
import time

import torch

from stagesense_training import STAGES
from stagesense_training.data import Vocabulary, read_jsonl
from stagesense_training.manifest import register_model
from stagesense_training.int8 import round_weights, store_weights_as_int8
from stagesense_training.seq2seq import Seq2Seq, export_onnx as export_seq2seq, parity_cases, train as train_seq2seq
from stagesense_training.stage_model import StageClassifier, export_onnx as export_stage, train as train_stage
from stagesense_training.train_nextline import ngram_table, source_ids, template_table

SIZES = {
    "tiny": {"stage": (16, 16), "nextline": (16, 32), "summary": (16, 32), "pad_to": None, "epochs": 4},
    "bench": {"stage": (64, 64), "nextline": (64, 128), "summary": (96, 160),
              "pad_to": {"stage": 16000, "nextline": 8000, "summary-src": 16000, "summary-tgt": 8000}, "epochs": 1},
}
MAX_SRC_NEXTLINE, MAX_TGT_NEXTLINE = 48, 24
MAX_SRC_SUMMARY, MAX_TGT_SUMMARY = 160, 24
STAGE_MAX_TOKENS = 160


def vocabulary(data, name, size, extra=()):
    base = Vocabulary.load(os.path.join(data, name + ".vocab"))
    tokens = base.itos + [t for t in extra if t not in base.stoi]
    pad_to = SIZES[size]["pad_to"]
    if pad_to and name in pad_to:
        # Unused filler entries give the output layers the width of a real vocabulary.
        tokens += ["<filler:%d>" % i for i in range(max(0, pad_to[name] - len(tokens)))]
    return Vocabulary(tokens)


def stage_model(data, out, size):
    vocab = vocabulary(data, "stage", size)
    cells = list(read_jsonl(os.path.join(data, "cells.jsonl")))
    sequences = [vocab.encode(c["stage_tokens"][:STAGE_MAX_TOKENS]) for c in cells]
    targets = [[1.0 if s == c["stage"] else 0.0 for s in STAGES] for c in cells]
    emb, hidden = SIZES[size]["stage"]
    model = StageClassifier(len(vocab), embedding=emb, hidden=hidden)
    train_stage(model, sequences, targets, epochs=SIZES[size]["epochs"] * 3, batch_size=16, max_len=STAGE_MAX_TOKENS)
    export_stage(model, os.path.join(out, "stage.onnx"))
    vocab.save(os.path.join(out, "stage.vocab"))
    register_model(out, {"name": "stage", "kind": "stage-classifier",
                         "files": {"model": "stage.onnx", "vocab": "stage.vocab"},
                         "config": {"max_tokens": STAGE_MAX_TOKENS, "stages": STAGES},
                         "training_data": "%d fixture cells (test model, %s size)" % (len(cells), size),
                         "metrics": {}})


def nextline_models(data, out, size):
    records = list(read_jsonl(os.path.join(data, "nextline.jsonl")))
    vocab = vocabulary(data, "nextline", size, extra=["<stage:%s>" % s for s in STAGES])
    vocab.save(os.path.join(out, "nextline.vocab"))
    emb, hidden = SIZES[size]["nextline"]
    by_stage = collections.Counter(r["stage"] for r in records)
    own_stage = by_stage.most_common(1)[0][0]
    for name in ("all", own_stage):
        conditioned = name == "all"
        pairs = [(source_ids(r, vocab, r["stage"], MAX_SRC_NEXTLINE, conditioned),
                  vocab.encode(r["target_tokens"][:MAX_TGT_NEXTLINE]))
                 for r in records if conditioned or r["stage"] == name]
        model = Seq2Seq(len(vocab), len(vocab), embedding=emb, hidden=hidden)
        train_seq2seq(model, pairs, epochs=SIZES[size]["epochs"] * 4, batch_size=16, log=lambda *_: None)
        files = {"encoder": "nextline-%s-encoder.onnx" % name, "decoder": "nextline-%s-decoder.onnx" % name,
                 "vocab": "nextline.vocab"}
        # int8 weights like the shipped next-line models (train_nextline's default); the per-stage one stays float32,
        # so the Java tests run both kinds of file.
        if conditioned:
            round_weights(model)
        export_seq2seq(model, os.path.join(out, files["encoder"]), os.path.join(out, files["decoder"]))
        if conditioned:
            for part in ("encoder", "decoder"):
                store_weights_as_int8(os.path.join(out, files[part]))
        if conditioned:
            sources = [p[0] for p in pairs[::max(1, len(pairs) // 6)]][:6]
            write_beam_parity(model, sources, os.path.join(out, "parity", "beam-nextline-all.json"))
            # encoder outputs and greedy decoder steps, in the format training writes next to shipped models
            with open(os.path.join(out, "parity", "nextline-all.json"), "w", encoding="utf-8") as fh:
                json.dump({"cases": parity_cases(model, sources)}, fh)
        register_model(out, {"name": "nextline-%s" % name, "kind": "seq2seq", "files": files,
                             "config": {"stage": name, "max_src": MAX_SRC_NEXTLINE, "max_tgt": MAX_TGT_NEXTLINE,
                                        "stage_token": conditioned},
                             "training_data": "%d fixture next-line pairs (test model)" % len(pairs),
                             "metrics": {}})
    stage_of = {(r["notebook_id"], r["cell_position"]): r["stage"] for r in records}
    with open(os.path.join(out, "ngram.json"), "w", encoding="utf-8") as fh:
        json.dump(ngram_table(records, stage_of), fh)
    with open(os.path.join(out, "templates.json"), "w", encoding="utf-8") as fh:
        json.dump(template_table(records, top=3), fh)
    register_model(out, {"name": "ngram", "kind": "ngram", "files": {"model": "ngram.json"}, "config": {"order": 3},
                         "training_data": "fixture next-line pairs", "metrics": {}})
    register_model(out, {"name": "templates", "kind": "templates", "files": {"model": "templates.json"},
                         "config": {}, "training_data": "fixture argument templates", "metrics": {}})


def write_beam_parity(model, sources, path):
    """The training package's own beam search on a few sources: the Java search must find the same sequences."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cases = [{"src": src, "results": [{"tokens": tokens, "log_prob": score}
                                      for tokens, score in model.beam_search(src, beam=5, max_len=24, k=3)]}
             for src in sources]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"beam": 5, "max_len": 24, "k": 3, "cases": cases}, fh)


def summary_model(data, out, size):
    src_vocab = vocabulary(data, "summary-src", size, extra=["<lang:python>", "<lang:java>"])
    tgt_vocab = vocabulary(data, "summary-tgt", size)
    records = list(read_jsonl(os.path.join(data, "docstrings.jsonl")))
    pairs = [(src_vocab.encode(["<lang:%s>" % r["language"]] + r["code_tokens"][:MAX_SRC_SUMMARY - 1]),
              tgt_vocab.encode(r["summary_tokens"][:MAX_TGT_SUMMARY])) for r in records]
    emb, hidden = SIZES[size]["summary"]
    model = Seq2Seq(len(src_vocab), len(tgt_vocab), embedding=emb, hidden=hidden)
    train_seq2seq(model, pairs, epochs=SIZES[size]["epochs"] * 10, batch_size=8, log=lambda *_: None)
    files = {"encoder": "summary-encoder.onnx", "decoder": "summary-decoder.onnx",
             "src_vocab": "summary-src.vocab", "tgt_vocab": "summary-tgt.vocab"}
    export_seq2seq(model, os.path.join(out, files["encoder"]), os.path.join(out, files["decoder"]))
    src_vocab.save(os.path.join(out, files["src_vocab"]))
    tgt_vocab.save(os.path.join(out, files["tgt_vocab"]))
    register_model(out, {"name": "summary", "kind": "seq2seq", "files": files,
                         "config": {"max_src": MAX_SRC_SUMMARY, "max_tgt": MAX_TGT_SUMMARY, "language_token": True},
                         "training_data": "%d fixture (function, summary) pairs (test model)" % len(pairs),
                         "metrics": {}})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny")
    args = parser.parse_args()
    torch.manual_seed(7)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    os.makedirs(args.out, exist_ok=True)
    started = time.time()
    stage_model(args.data, args.out, args.size)
    nextline_models(args.data, args.out, args.size)
    summary_model(args.data, args.out, args.size)
    print("models written to %s in %.1f s" % (args.out, time.time() - started))


if __name__ == "__main__":
    main()
