"""The stage end model: embedding + CNN + masked mean/max pooling → softmax over the six stages.

Trained on the label model's probabilistic labels (soft cross-entropy), so it learns from the rules but, seeing
every token of the cell, generalises past them. Input/output names follow docs/models.md.
"""
import numpy as np
import torch
from torch import nn

from .data import PAD


class StageClassifier(nn.Module):
    """Embedding → two convolutions (3- and 5-token windows) → masked max and mean pooling → softmax.

    A CNN rather than the research's LSTM: on a 2-core CPU it trains an epoch over 40k cells in about a minute
    instead of a quarter of an hour, and the tokens that decide a stage (read_csv, fit, accuracy_score) are local.
    """

    def __init__(self, vocab_size, n_classes=6, embedding=64, hidden=96, dropout=0.3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding, padding_idx=PAD)
        self.conv3 = nn.Conv1d(embedding, hidden, kernel_size=3, padding=1)
        self.conv5 = nn.Conv1d(embedding, hidden, kernel_size=5, padding=2)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(4 * hidden, n_classes)

    def logits(self, tokens):
        mask = (tokens != PAD).unsqueeze(1).float()                       # [b, 1, s]
        x = self.dropout(self.embedding(tokens)).transpose(1, 2)          # [b, e, s]
        h = torch.cat([torch.relu(self.conv3(x)), torch.relu(self.conv5(x))], dim=1) * mask
        mean = h.sum(dim=2) / mask.sum(dim=2).clamp(min=1.0)
        maxed = (h - (1.0 - mask) * 1e4).max(dim=2).values
        return self.out(self.dropout(torch.cat([mean, maxed], dim=-1)))

    def forward(self, tokens):
        return torch.softmax(self.logits(tokens), dim=-1)


def pad_batch(sequences, max_len):
    width = max(1, min(max_len, max(len(s) for s in sequences)))
    batch = torch.full((len(sequences), width), PAD, dtype=torch.long)
    for i, seq in enumerate(sequences):
        seq = seq[:width]
        if seq:
            batch[i, :len(seq)] = torch.tensor(seq, dtype=torch.long)
    return batch


def class_weights(targets, power):
    """Per-stage loss weights (mean label mass / stage's label mass) ** power; power 0 weighs every stage alike.

    The weak labels are dominated by prepare and explore cells, while the report's target is macro-F1, where a rare
    stage such as load counts as much as prepare.
    """
    mass = np.asarray(targets, dtype=np.float64).sum(axis=0)
    # Capped so that a stage the rules almost never name cannot dominate the loss through a handful of cells.
    weights = np.minimum((mass.mean() / np.maximum(mass, 1e-6)) ** power, 10.0)
    return weights / (weights * mass).sum() * mass.sum()


def train(model, sequences, targets, epochs=4, batch_size=64, lr=2e-3, max_len=256, seed=13, log=print,
          weights=None):
    """Soft-label training: targets are probability rows (the label model's posteriors); weights scale each
    stage's term of the cross-entropy (see class_weights)."""
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    targets = torch.tensor(targets, dtype=torch.float32)
    if weights is not None:
        targets = targets * torch.tensor(weights, dtype=torch.float32)[None, :]
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(batches)).tolist()
        total = 0.0
        for b in perm:
            idx = batches[b]
            x = pad_batch([sequences[i] for i in idx], max_len)
            loss = -(targets[idx] * torch.log_softmax(model.logits(x), dim=-1)).sum(dim=1).mean()
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            total += loss.item() * len(idx)
        log("epoch %d: soft cross-entropy %.4f" % (epoch + 1, total / max(1, len(sequences))))
    model.eval()
    return model


@torch.no_grad()
def predict(model, sequences, batch_size=128, max_len=256):
    model.eval()
    out = []
    for i in range(0, len(sequences), batch_size):
        out.append(model(pad_batch(sequences[i:i + batch_size], max_len)))
    return torch.cat(out).numpy() if out else torch.zeros((0, 6)).numpy()


def export_onnx(model, path, opset=13):
    model.eval()
    example = torch.ones((2, 8), dtype=torch.long)
    torch.onnx.export(model, (example,), path, input_names=["tokens"], output_names=["probabilities"],
                      dynamic_axes={"tokens": {0: "batch", 1: "seq"}, "probabilities": {0: "batch"}},
                      opset_version=opset, do_constant_folding=True)
