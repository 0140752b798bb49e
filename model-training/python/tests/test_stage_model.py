import json
import os

import numpy as np
import onnx
import torch

from stagesense_training.data import SPECIALS, Vocabulary
from stagesense_training.manifest import register_model, sha256
from stagesense_training.stage_model import StageClassifier, class_weights, export_onnx, predict, train

STAGE_WORDS = [["import_", "pandas"], ["read_csv", "var0"], ["head", "describe"], ["fillna", "drop"],
               ["fit", "model"], ["accuracy_score", "predict"]]


def toy_corpus(n=240, seed=0):
    rng = np.random.default_rng(seed)
    vocab = Vocabulary(SPECIALS + sorted({w for words in STAGE_WORDS for w in words} | {"noise"}))
    sequences, labels = [], []
    for i in range(n):
        stage = i % 6
        tokens = list(STAGE_WORDS[stage]) + ["noise"] * int(rng.integers(0, 5))
        rng.shuffle(tokens)
        sequences.append(vocab.encode(tokens))
        labels.append(stage)
    return vocab, sequences, np.array(labels)


def test_end_model_learns_from_soft_labels_and_exports_to_onnx(tmp_path):
    torch.manual_seed(0)
    vocab, sequences, labels = toy_corpus()
    soft = np.full((len(labels), 6), 0.02)
    soft[np.arange(len(labels)), labels] = 0.9
    model = train(StageClassifier(len(vocab), embedding=16, hidden=16, dropout=0.0), sequences, soft, epochs=12, batch_size=16,
                  log=lambda *_: None)
    predicted = predict(model, sequences).argmax(axis=1)
    assert (predicted == labels).mean() > 0.95

    path = str(tmp_path / "stage.onnx")
    export_onnx(model, path)
    graph = onnx.load(path)
    onnx.checker.check_model(graph)
    assert [i.name for i in graph.graph.input] == ["tokens"]
    assert [o.name for o in graph.graph.output] == ["probabilities"]
    dims = graph.graph.input[0].type.tensor_type.shape.dim
    assert dims[0].dim_param == "batch" and dims[1].dim_param == "seq"


def test_padding_does_not_change_a_prediction():
    vocab, sequences, _ = toy_corpus(n=12)
    model = StageClassifier(len(vocab), embedding=8, hidden=8).eval()
    alone = predict(model, [sequences[0]])
    padded = predict(model, [sequences[0], sequences[1] + sequences[1] + sequences[1]])
    # Padding is masked out of both poolings, and the convolutions see zeros past the end either way.
    assert np.allclose(alone[0], padded[0], atol=1e-5)
    assert np.allclose(alone.sum(), 1.0, atol=1e-5)


def test_manifest_records_checksums(tmp_path):
    (tmp_path / "a.onnx").write_bytes(b"abc")
    register_model(str(tmp_path), {"name": "stage", "kind": "stage-classifier", "files": {"model": "a.onnx"}})
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["models"][0]["sha256"]["a.onnx"] == sha256(os.path.join(tmp_path, "a.onnx"))
    assert manifest["format"] == 1


def test_class_weights_favour_rare_stages_and_keep_the_loss_scale():
    targets = np.zeros((100, 6))
    targets[:70, 3] = 1.0      # prepare: most cells
    targets[70:95, 2] = 1.0    # explore
    targets[95:, 1] = 1.0      # load: rare
    assert np.allclose(class_weights(targets, 0.0), 1.0)
    weights = class_weights(targets, 0.5)
    assert weights[1] > weights[2] > weights[3]
    # The weighted label mass equals the unweighted one, so the learning rate keeps its meaning.
    assert np.isclose((weights * targets.sum(axis=0)).sum(), targets.sum())


def test_class_weights_shift_an_ambiguous_prediction_towards_the_rare_stage():
    vocab, sequences, labels = toy_corpus(n=240)
    # Every cell is ambiguous between its own stage and prepare; prepare carries most of the label mass.
    soft = np.zeros((len(labels), 6))
    soft[np.arange(len(labels)), labels] = 0.5
    soft[:, 3] += 0.5
    probe = [sequences[i] for i in range(len(labels)) if labels[i] == 1]

    def load_probability(weights):
        torch.manual_seed(0)
        model = train(StageClassifier(len(vocab), embedding=16, hidden=16, dropout=0.0), sequences, soft, epochs=8,
                      batch_size=16, log=lambda *_: None, weights=weights)
        return predict(model, probe)[:, 1].mean()

    assert load_probability(class_weights(soft, 1.0)) > load_probability(None) + 0.05
