"""Trains the docstring summariser (function code → first sentence of its docstring) and exports it to ONNX.

    /usr/bin/python3 -m stagesense_training.train_summarizer --dataset DIR --out MODELS_DIR --report DIR

Pairs come from the Java dataset builder's docstrings/ output (code_tokens: identifier sub-tokens of the function
without its docstring; summary_tokens: the reference summary's words). Splits are by repository/package, so the dev
numbers printed here are on packages never trained on. The official comparison with the function-name and
retrieval baselines (BLEU-4, ROUGE-L) is the Java evaluation command, which decodes exactly as the server does.
"""
import argparse
import json
import os
import time

import torch

from .data import PAD, SPECIALS, UNK, Vocabulary, read_jsonl
from .manifest import register_model
from .seq2seq import Seq2Seq, export_onnx, parity_cases, train


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--max-src", type=int, default=80)
    parser.add_argument("--max-tgt", type=int, default=20)
    parser.add_argument("--budget", type=float, default=2700, help="training time budget in seconds")
    parser.add_argument("--languages", default="python,java")
    parser.add_argument("--limit", type=int, default=0)
    # one thread: on the shared two-core build machine, with other jobs running, two threads took about 11 s a
    # batch and one thread 0.3-1 s (torch workers spin while waiting for a core)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--embedding", type=int, default=64)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--no-copy", dest="copy", action="store_false",
                        help="plain attention decoder instead of the pointer-generator")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.report, exist_ok=True)
    started = time.time()
    logged = []

    def log(line):
        # the training log also goes into the report: loss curve, where the budget stopped it, dev samples
        print(line)
        logged.append(line)

    base = Vocabulary.load(os.path.join(args.dataset, "vocab", "summary-src.vocab"))
    src_vocab = Vocabulary(base.itos + [t for t in ("<lang:python>", "<lang:java>") if t not in base.stoi])
    tgt_vocab = Vocabulary.load(os.path.join(args.dataset, "vocab", "summary-tgt.vocab"))
    languages = set(args.languages.split(","))
    pairs, dev = [], []
    for record in read_jsonl(os.path.join(args.dataset, "docstrings")):
        if record["language"] not in languages or not record.get("summary_tokens"):
            continue
        # The language token lets one model serve Python docstrings and Javadoc.
        src = src_vocab.encode(["<lang:%s>" % record["language"]] + record["code_tokens"][:args.max_src - 1])
        tgt = tgt_vocab.encode(record["summary_tokens"][:args.max_tgt])
        (pairs if record["split"] == "train" else dev if record["split"] == "dev" else []).append((src, tgt))
    if args.limit:
        pairs = pairs[:args.limit]
    log("summary pairs: %d train, %d dev" % (len(pairs), len(dev)))

    # Summaries mostly reuse the function's own words (load_config → "Load the config ..."); the copy mechanism
    # lets the model take them from the source instead of learning each identifier word as an output.
    src_to_tgt = [tgt_vocab.stoi.get(t, UNK) if i >= len(SPECIALS) else PAD if i == PAD else UNK
                  for i, t in enumerate(src_vocab.itos)] if args.copy else None
    model = Seq2Seq(len(src_vocab), len(tgt_vocab), embedding=args.embedding, hidden=args.hidden,
                    src_to_tgt=src_to_tgt)
    train(model, pairs, epochs=args.epochs, batch_size=48, lr=args.lr, time_budget_s=args.budget,
          log_every=100, log=log)
    for src, tgt in dev[:8]:
        # a glance at dev outputs in the log: a degenerate model says the same thing for every function
        log("dev: %s | reference: %s" % (" ".join(tgt_vocab.decode(model.beam_search(src, beam=4, k=1)[0][0])),
                                           " ".join(tgt_vocab.decode(tgt))))

    files = {"encoder": "summary-encoder.onnx", "decoder": "summary-decoder.onnx",
             "src_vocab": "summary-src.vocab", "tgt_vocab": "summary-tgt.vocab"}
    export_onnx(model, os.path.join(args.out, files["encoder"]), os.path.join(args.out, files["decoder"]))
    src_vocab.save(os.path.join(args.out, files["src_vocab"]))
    tgt_vocab.save(os.path.join(args.out, files["tgt_vocab"]))
    os.makedirs(os.path.join(args.out, "parity"), exist_ok=True)
    with open(os.path.join(args.out, "parity", "summary.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": parity_cases(model, [p[0] for p in dev[:4]])}, fh)
    register_model(args.out, {
        "name": "summary", "kind": "seq2seq", "files": files,
        "config": {"max_src": args.max_src, "max_tgt": args.max_tgt, "language_token": True, "copy": args.copy,
                   "embedding": args.embedding, "hidden": args.hidden, "lr": args.lr},
        "training_data": "%d (function, docstring summary) pairs, split by repository/package; %d dev pairs" % (
            len(pairs), len(dev)),
        "metrics": {}})
    with open(os.path.join(args.report, "summary-training.md"), "w", encoding="utf-8") as fh:
        fh.write("# Docstring summariser training\n\n%d training pairs, %d dev pairs, %.0f s on CPU (%d threads).\n\n"
                 "Settings: %s\n\nThe comparison with the baselines is `stagesense eval-docstrings` "
                 "(reports/docstrings.md).\n\n```\n%s\n```\n" % (
                     len(pairs), len(dev), time.time() - started, args.threads,
                     json.dumps(vars(args), sort_keys=True), "\n".join(logged)))


if __name__ == "__main__":
    main()
