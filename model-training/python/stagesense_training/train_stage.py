"""Trains, evaluates and exports the workflow-stage classifier.

    /usr/bin/python3 -m stagesense_training.train_stage --dataset DIR --labels FILE --out MODELS_DIR --report DIR

Pipeline: labeling-function votes (from the Java dataset builder) → Dawid–Skene label model → probabilistic labels
→ CNN end model → ONNX. Evaluated in one run against the hand-labelled cells (never trained on: their notebooks
are removed from training whatever split the builder gave them), next to the rules' own majority vote and the label
model, so the report shows what each step adds.
"""
import argparse
import hashlib
import json
import os
import time

import numpy as np
import torch

from . import STAGES
from .data import Vocabulary, read_jsonl
from .label_model import LabelModel
from .metrics import confusion, plot_confusion, summary
from .stage_model import StageClassifier, class_weights, export_onnx, predict, train
from .manifest import register_model


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def notebook_path(cell):
    """The builder ids notebooks as "<corpus>/<path>"; hand labels use the path inside the notebooks corpus."""
    notebook = cell["notebook_id"]
    return notebook.split("/", 1)[1] if notebook.startswith("notebooks/") else notebook


def load_hand_labels(path):
    """(notebook path, sha1 of the cell source) → (stage index, split)."""
    labels = {}
    for row in read_jsonl(path):
        labels[(row["notebook"], row["sha1"])] = (STAGES.index(row["label"]), row["split"])
    return labels


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", required=True, help="output directory of ./stagesense dataset")
    parser.add_argument("--labels", required=True, help="hand labels (model-training/labels/stage-labels.jsonl)")
    parser.add_argument("--out", required=True, help="models directory to write stage.onnx/stage.vocab into")
    parser.add_argument("--report", required=True, help="directory for the evaluation report")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--max-tokens", type=int, default=160)
    parser.add_argument("--hidden", type=int, default=96, help="convolution channels")
    parser.add_argument("--limit", type=int, default=0, help="train on at most N cells (smoke runs)")
    parser.add_argument("--dev-weight", type=int, default=0,
                        help="also train on the hand-labelled dev cells, each repeated N times (0 = dev only "
                             "evaluates); test cells are never trained on")
    parser.add_argument("--class-balance", type=float, default=0.5,
                        help="weigh each stage's loss by (mean label mass / its label mass) ** this (0 = off)")
    parser.add_argument("--threads", type=int, default=max(1, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.report, exist_ok=True)
    started = time.time()

    vocab = Vocabulary.load(os.path.join(args.dataset, "vocab", "stage.vocab"))
    hand = load_hand_labels(args.labels)
    labelled_notebooks = {notebook for notebook, _ in hand}
    train_cells, eval_cells = [], {"dev": [], "test": []}
    for cell in read_jsonl(os.path.join(args.dataset, "cells")):
        key = (notebook_path(cell), sha1(cell["source"]))
        if key in hand:
            label, split = hand[key]
            eval_cells[split].append((cell, label))
        elif notebook_path(cell) not in labelled_notebooks and cell["split"] == "train":
            train_cells.append(cell)
    if args.limit:
        train_cells = train_cells[:args.limit]
    print("cells: %d for training, %d dev and %d test hand-labelled" % (
        len(train_cells), len(eval_cells["dev"]), len(eval_cells["test"])))

    votes = np.array([c["votes"] for c in train_cells], dtype=np.int64)
    label_model = LabelModel(len(STAGES)).fit(votes)
    posteriors = label_model.predict_proba(votes)
    covered = (votes >= 0).any(axis=1)
    sequences = [vocab.encode(c["stage_tokens"][:args.max_tokens]) for c in train_cells]
    training = [i for i in range(len(train_cells)) if covered[i]]
    print("label model: %d of %d training cells have at least one vote" % (len(training), len(train_cells)))

    inputs = [sequences[i] for i in training]
    targets = posteriors[training]
    if args.dev_weight and eval_cells["dev"]:
        gold = np.eye(len(STAGES))[[label for _, label in eval_cells["dev"]]]
        dev_inputs = [vocab.encode(c["stage_tokens"][:args.max_tokens]) for c, _ in eval_cells["dev"]]
        inputs = inputs + dev_inputs * args.dev_weight
        targets = np.concatenate([targets] + [gold] * args.dev_weight)
        print("training also on %d hand-labelled dev cells x%d" % (len(dev_inputs), args.dev_weight))
    model = StageClassifier(len(vocab), hidden=args.hidden)
    weights = class_weights(targets, args.class_balance) if args.class_balance else None
    if weights is not None:
        print("class weights: " + ", ".join("%s %.2f" % (s, w) for s, w in zip(STAGES, weights)))
    train(model, inputs, targets, epochs=args.epochs, max_len=args.max_tokens, weights=weights)

    results = {}
    for split in ("dev", "test"):
        cells = eval_cells[split]
        if not cells:
            continue
        truth = np.array([label for _, label in cells])
        split_votes = np.array([c["votes"] for c, _ in cells], dtype=np.int64)
        rules = LabelModel.majority(split_votes, len(STAGES))
        lm = label_model.predict_proba(split_votes).argmax(axis=1)
        end = predict(model, [vocab.encode(c["stage_tokens"][:args.max_tokens]) for c, _ in cells],
                      max_len=args.max_tokens).argmax(axis=1)
        results[split] = {"n": len(cells), "majority_vote": summary(truth, rules, len(STAGES)),
                          "label_model": summary(truth, lm, len(STAGES)),
                          "end_model": summary(truth, end, len(STAGES))}
        if split == "test":
            plot_confusion(confusion(truth, end, len(STAGES)), STAGES, os.path.join(args.report, "stage-confusion.png"),
                           "end model vs hand labels (test, n=%d)" % len(cells))
            plot_confusion(confusion(truth, rules, len(STAGES)), STAGES,
                           os.path.join(args.report, "stage-confusion-rules.png"),
                           "majority vote of the rules (test, n=%d)" % len(cells))

    onnx_path = os.path.join(args.out, "stage.onnx")
    export_onnx(model, onnx_path)
    vocab.save(os.path.join(args.out, "stage.vocab"))
    write_parity(model, sequences[:8], os.path.join(args.out, "parity", "stage.json"), args.max_tokens)
    metrics = {split: {name: {"accuracy": round(r["accuracy"], 4), "macro_f1": round(r["macro_f1"], 4)}
                       for name, r in res.items() if name != "n"} for split, res in results.items()}
    if args.dev_weight:
        metrics["note"] = ("end model also trained on the dev hand labels (x%d): dev numbers are training numbers, "
                           "test is held out" % args.dev_weight)
    register_model(args.out, {
        "name": "stage", "kind": "stage-classifier",
        "files": {"model": "stage.onnx", "vocab": "stage.vocab"},
        "config": {"max_tokens": args.max_tokens, "stages": STAGES, "dev_weight": args.dev_weight,
                   "class_balance": args.class_balance},
        "training_data": "%d notebook cells (train split, weakly labelled by %d labeling functions via a Dawid-Skene "
                         "label model); evaluated on %d dev / %d test hand-labelled cells from held-out notebooks" % (
                             len(training), votes.shape[1], len(eval_cells["dev"]), len(eval_cells["test"])),
        "metrics": metrics})
    write_report(args.report, results, len(training), votes.shape[1], time.time() - started, args.dev_weight,
                 args.class_balance)
    print(json.dumps(metrics, indent=1))


def write_parity(model, sequences, path, max_len):
    """Inputs and PyTorch outputs the Java parity test replays through ONNX Runtime (tolerance 1e-4)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cases = []
    with torch.no_grad():
        for seq in sequences:
            seq = (seq or [1])[:max_len]
            probabilities = model(torch.tensor([seq], dtype=torch.long))[0].tolist()
            cases.append({"tokens": seq, "probabilities": probabilities})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"model": "stage.onnx", "cases": cases}, fh)


def write_report(directory, results, n_train, n_lfs, seconds, dev_weight, class_balance=0.0):
    lines = ["# Stage classifier evaluation", "",
             "Trained on %d weakly-labelled cells (%d labeling functions → Dawid–Skene label model → CNN end model) "
             "in %.0f s. Evaluated against hand labels from notebooks that were never trained on "
             "(`model-training/labels/`)." % (n_train, n_lfs, seconds), ""]
    if dev_weight:
        lines += ["The end model was also trained on the hand-labelled **dev** cells (each repeated %d times), so its "
                  "dev numbers are training numbers; the **test** split stays unseen." % dev_weight, ""]
    if class_balance:
        lines += ["Each stage's loss term was weighted by (mean label mass / the stage's label mass) ^ %g, so rare "
                  "stages count for more (the target is macro-F1)." % class_balance, ""]
    for split, res in results.items():
        lines += ["## %s (%d hand-labelled cells)" % (split, res["n"]), "",
                  "| method | accuracy | macro-F1 | coverage |", "|---|---:|---:|---:|"]
        for name, title in (("majority_vote", "majority vote of the rules"), ("label_model", "label model"),
                            ("end_model", "end model (shipped)")):
            r = res[name]
            lines.append("| %s | %.3f | %.3f | %.2f |" % (title, r["accuracy"], r["macro_f1"], r["coverage"]))
        lines += ["", "Per class (end model): precision / recall / F1 / support", "",
                  "| stage | precision | recall | F1 | n |", "|---|---:|---:|---:|---:|"]
        for stage, (p, r, f, n) in zip(STAGES, res["end_model"]["per_class"]):
            lines.append("| %s | %.3f | %.3f | %.3f | %d |" % (stage, p, r, f, n))
        lines += ["", "F1 per class and method:", "",
                  "| method | " + " | ".join(STAGES) + " |", "|---|" + "---:|" * len(STAGES)]
        for name, title in (("majority_vote", "rules (majority vote)"), ("label_model", "label model"),
                            ("end_model", "end model")):
            lines.append("| %s | %s |" % (title, " | ".join("%.3f" % f for _, _, f, _ in res[name]["per_class"])))
        lines.append("")
    lines += ["![confusion matrix, end model](stage-confusion.png)",
              "![confusion matrix, rules](stage-confusion-rules.png)", ""]
    with open(os.path.join(directory, "stage.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
