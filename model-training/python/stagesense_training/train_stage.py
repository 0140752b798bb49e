"""Trains, evaluates and exports the workflow-stage classifier.

    /usr/bin/python3 -m stagesense_training.train_stage --dataset DIR --labels FILE --out MODELS_DIR --report DIR

Pipeline: labeling-function votes (from the Java dataset builder) → Dawid–Skene label model → probabilistic labels
→ CNN end model → ONNX, plus the stage transitions between consecutive cells for notebook smoothing
(stage_smoothing.py). Evaluated in one run against the hand-labelled cells (never trained on: their notebooks
are removed from training whatever split the builder gave them), next to the rules' own majority vote, the label
model and the end model trained on weak labels alone, so the report shows what each step adds.
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
from .stage_smoothing import smooth_notebooks, transitions
from .manifest import register_model
from .reports import hand_written


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
    parser.add_argument("--smoothing", default="dev",
                        help="power of the stage transitions for notebook smoothing (0 = off), or 'dev': chosen on the "
                             "dev hand labels with an end model trained on weak labels only")
    parser.add_argument("--spread", type=int, default=0,
                        help="also train N end models with other seeds (not shipped) and report the run-to-run spread "
                             "of their test macro-F1, so differences between runs can be read against it")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads; one, because the machine's other core builds or trains something else")
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

    matrix = transitions([train_cells[i] for i in training], posteriors[training].argmax(axis=1), len(STAGES))
    inputs = [sequences[i] for i in training]
    targets = posteriors[training]

    def encode(cells):
        return [vocab.encode(c["stage_tokens"][:args.max_tokens]) for c, _ in cells]

    def fit(inputs, targets, seed=13):
        torch.manual_seed(seed)
        model = StageClassifier(len(vocab), hidden=args.hidden)
        weights = class_weights(targets, args.class_balance) if args.class_balance else None
        if weights is not None:
            print("class weights: " + ", ".join("%s %.2f" % (s, w) for s, w in zip(STAGES, weights)))
        return train(model, inputs, targets, epochs=args.epochs, max_len=args.max_tokens, weights=weights, seed=seed)

    # The weak-labels-only end model is what weak supervision alone achieves (the research's setting); it also
    # chooses the smoothing power on dev, where the shipped model's answers are training answers.
    weak = None
    if eval_cells["dev"] and (args.dev_weight or args.smoothing == "dev"):
        print("end model on weak labels only")
        weak = fit(inputs, targets)
    alpha, alpha_scores = choose_smoothing(args.smoothing, weak, eval_cells["dev"], encode, matrix, args.max_tokens)
    print("notebook smoothing: power %.2f %s" % (alpha, alpha_scores))
    if args.dev_weight and eval_cells["dev"]:
        gold = np.eye(len(STAGES))[[label for _, label in eval_cells["dev"]]]
        dev_inputs = [vocab.encode(c["stage_tokens"][:args.max_tokens]) for c, _ in eval_cells["dev"]]
        inputs = inputs + dev_inputs * args.dev_weight
        targets = np.concatenate([targets] + [gold] * args.dev_weight)
        print("training also on %d hand-labelled dev cells x%d" % (len(dev_inputs), args.dev_weight))
    model = fit(inputs, targets) if args.dev_weight or weak is None else weak

    results = {}
    for split in ("dev", "test"):
        cells = eval_cells[split]
        if not cells:
            continue
        truth = np.array([label for _, label in cells])
        split_votes = np.array([c["votes"] for c, _ in cells], dtype=np.int64)
        rules = LabelModel.majority(split_votes, len(STAGES))
        probabilities = predict(model, encode(cells), max_len=args.max_tokens)
        smoothed = smooth_notebooks([c for c, _ in cells], probabilities, matrix, alpha).argmax(axis=1)
        predictions = {"majority_vote": rules,
                       "majority_vote_fallback": np.where(rules >= 0, rules, STAGES.index(NO_VOTE_STAGE)),
                       "label_model": label_model.predict_proba(split_votes).argmax(axis=1)}
        if weak is not None and weak is not model:
            predictions["end_model_weak"] = predict(weak, encode(cells), max_len=args.max_tokens).argmax(axis=1)
        predictions["end_model"] = probabilities.argmax(axis=1)
        predictions["end_model_smoothed"] = smoothed
        results[split] = {"n": len(cells)}
        results[split].update({name: summary(truth, p, len(STAGES)) for name, p in predictions.items()})
        # The rules abstain where none fires; macro-F1 punishes an abstention less than a wrong stage (recall only),
        # so the methods are also compared on the cells some rule votes on.
        covered = (split_votes >= 0).any(axis=1)
        results[split]["covered"] = {"n": int(covered.sum())}
        results[split]["covered"].update({name: summary(truth[covered], p[covered], len(STAGES))
                                          for name, p in predictions.items() if name != "majority_vote_fallback"})
        if split == "test":
            plot_confusion(confusion(truth, smoothed, len(STAGES)), STAGES,
                           os.path.join(args.report, "stage-confusion.png"),
                           "end model, notebook-smoothed, vs hand labels (test, n=%d)" % len(cells))
            plot_confusion(confusion(truth, rules, len(STAGES)), STAGES,
                           os.path.join(args.report, "stage-confusion-rules.png"),
                           "majority vote of the rules (test, n=%d)" % len(cells))

    spread = seed_spread(args.spread, fit, inputs, targets, eval_cells["test"], encode, matrix, alpha,
                         args.max_tokens, results.get("test"))
    onnx_path = os.path.join(args.out, "stage.onnx")
    export_onnx(model, onnx_path)
    vocab.save(os.path.join(args.out, "stage.vocab"))
    write_parity(model, sequences[:8], os.path.join(args.out, "parity", "stage.json"), args.max_tokens)
    metrics = {split: rounded_metrics(res) for split, res in results.items()}
    if spread:
        metrics["test_seed_spread"] = spread
    if args.dev_weight:
        metrics["note"] = ("end model also trained on the dev hand labels (x%d): dev numbers are training numbers, "
                           "test is held out" % args.dev_weight)
    register_model(args.out, {
        "name": "stage", "kind": "stage-classifier",
        "files": {"model": "stage.onnx", "vocab": "stage.vocab"},
        "config": {"max_tokens": args.max_tokens, "stages": STAGES, "dev_weight": args.dev_weight,
                   "class_balance": args.class_balance, "smoothing": alpha,
                   "transitions": [[round(float(x), 6) for x in row] for row in matrix]},
        "training_data": "%d notebook cells (train split, weakly labelled by %d labeling functions via a Dawid-Skene "
                         "label model); evaluated on %d dev / %d test hand-labelled cells from held-out notebooks" % (
                             len(training), votes.shape[1], len(eval_cells["dev"]), len(eval_cells["test"])),
        "metrics": metrics})
    write_report(args.report, results, len(training), votes.shape[1], time.time() - started, args.dev_weight,
                 args.class_balance, alpha, alpha_scores, spread)
    print(json.dumps(metrics, indent=1))


# What the server's rule fallback answers when no labeling function votes (RuleStages.NO_VOTE).
NO_VOTE_STAGE = "explore"


def rounded_metrics(results):
    """Accuracy and macro-F1 per method, and on the covered cells, rounded for the manifest."""
    out = {name: {"accuracy": round(r["accuracy"], 4), "macro_f1": round(r["macro_f1"], 4)}
           for name, r in results.items() if name not in ("n", "covered")}
    if "covered" in results:
        out["covered"] = rounded_metrics(results["covered"])
        out["covered"]["n"] = results["covered"]["n"]
    return out


SMOOTHING_POWERS = (0.0, 0.25, 0.5, 0.75, 1.0)


def choose_smoothing(setting, weak, dev_cells, encode, matrix, max_tokens):
    """(power, {power: dev macro-F1}): a fixed power, or the dev-best of SMOOTHING_POWERS for the weak-only
    model; 0 when there is nothing to choose on."""
    if setting != "dev":
        return float(setting), {}
    if weak is None or not dev_cells:
        return 0.0, {}
    truth = np.array([label for _, label in dev_cells])
    probabilities = predict(weak, encode(dev_cells), max_len=max_tokens)
    scores = {}
    for power in SMOOTHING_POWERS:
        smoothed = smooth_notebooks([c for c, _ in dev_cells], probabilities, matrix, power).argmax(axis=1)
        scores[power] = round(summary(truth, smoothed, len(STAGES))["macro_f1"], 4)
    return max(SMOOTHING_POWERS, key=lambda p: (scores[p], -p)), scores


def seed_spread(n, fit, inputs, targets, test_cells, encode, matrix, alpha, max_tokens, shipped):
    """Test macro-F1 (single cell, smoothed) of the shipped seed and n more seeds: min / mean / max; {} for n = 0."""
    if not n or not test_cells or shipped is None:
        return {}
    truth = np.array([label for _, label in test_cells])
    single = [shipped["end_model"]["macro_f1"]]
    smoothed = [shipped["end_model_smoothed"]["macro_f1"]]
    for seed in range(14, 14 + n):
        print("spread: end model with seed %d (not shipped)" % seed)
        probabilities = predict(fit(inputs, targets, seed), encode(test_cells), max_len=max_tokens)
        single.append(summary(truth, probabilities.argmax(axis=1), len(STAGES))["macro_f1"])
        smoothed.append(summary(truth, smooth_notebooks([c for c, _ in test_cells], probabilities, matrix,
                                                        alpha).argmax(axis=1), len(STAGES))["macro_f1"])
    return {name: {"seeds": len(v), "min": round(min(v), 4), "mean": round(float(np.mean(v)), 4),
                   "max": round(max(v), 4)} for name, v in (("end_model", single), ("end_model_smoothed", smoothed))}


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


METHODS = (("majority_vote", "majority vote of the rules"),
           ("majority_vote_fallback", "majority vote, %s where no rule votes (the server's fallback)" % NO_VOTE_STAGE),
           ("label_model", "label model"),
           ("end_model_weak", "end model, weak labels only"), ("end_model", "end model (single cell)"),
           ("end_model_smoothed", "end model + notebook smoothing (shipped)"))


def write_report(directory, results, n_train, n_lfs, seconds, dev_weight, class_balance=0.0, alpha=0.0,
                 alpha_scores=None, spread=None):
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
    lines += ["Cells carry what earlier cells of their notebook made (`NotebookFlow`: a fitted model, predictions, "
              "scores), as context tokens and for the context labeling functions. Notebook smoothing: stage "
              "transitions between consecutive cells (counted on the training notebooks) raised to the power %g, "
              "forward-backward over each notebook's cells; the server smooths a batch of cells the same way. "
              "Power chosen on dev with the weak-labels-only model: %s." % (
                  alpha, ", ".join("%g → %.3f" % kv for kv in (alpha_scores or {}).items()) or "fixed"), ""]
    for split, res in results.items():
        lines += ["## %s (%d hand-labelled cells)" % (split, res["n"]), "",
                  "| method | accuracy | macro-F1 | coverage |", "|---|---:|---:|---:|"]
        for name, title in METHODS:
            if name not in res:
                continue
            r = res[name]
            lines.append("| %s | %.3f | %.3f | %.2f |" % (title, r["accuracy"], r["macro_f1"], r["coverage"]))
        lines += ["", "Per class (end model + notebook smoothing): precision / recall / F1 / support", "",
                  "| stage | precision | recall | F1 | n |", "|---|---:|---:|---:|---:|"]
        for stage, (p, r, f, n) in zip(STAGES, res["end_model_smoothed"]["per_class"]):
            lines.append("| %s | %.3f | %.3f | %.3f | %d |" % (stage, p, r, f, n))
        lines += ["", "F1 per class and method:", "",
                  "| method | " + " | ".join(STAGES) + " |", "|---|" + "---:|" * len(STAGES)]
        for name, title in METHODS:
            if name not in res:
                continue
            lines.append("| %s | %s |" % (title, " | ".join("%.3f" % f for _, _, f, _ in res[name]["per_class"])))
        lines.append("")
        if "covered" in res:
            covered = res["covered"]
            lines += ["On the %d of %d cells where at least one rule votes (an abstention costs the rules recall only, "
                      "a wrong stage costs precision too, so this is the like-for-like comparison):" % (
                          covered["n"], res["n"]), "",
                      "| method | accuracy | macro-F1 |", "|---|---:|---:|"]
            for name, title in METHODS:
                if name in covered:
                    lines.append("| %s | %.3f | %.3f |" % (title, covered[name]["accuracy"],
                                                           covered[name]["macro_f1"]))
            lines.append("")
    if spread:
        lines += ["Run-to-run spread (the same data and settings, %d seeds; only the first is shipped), test macro-F1 "
                  "min / mean / max: single cell %.3f / %.3f / %.3f, smoothed %.3f / %.3f / %.3f." % (
                      spread["end_model"]["seeds"], spread["end_model"]["min"], spread["end_model"]["mean"],
                      spread["end_model"]["max"], spread["end_model_smoothed"]["min"],
                      spread["end_model_smoothed"]["mean"], spread["end_model_smoothed"]["max"]), ""]
    lines += ["![confusion matrix, end model + notebook smoothing](stage-confusion.png)",
              "![confusion matrix, rules](stage-confusion-rules.png)", ""]
    path = os.path.join(directory, "stage.md")
    notes = hand_written(path)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
        if notes:
            fh.write("\n" + notes)


if __name__ == "__main__":
    main()
