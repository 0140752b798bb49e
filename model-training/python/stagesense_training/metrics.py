"""Classification metrics and the confusion-matrix picture for the evaluation report."""
import numpy as np


def confusion(truth, predicted, k):
    m = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(truth, predicted):
        if p >= 0:
            m[t, p] += 1
    return m


def per_class(truth, predicted, k):
    """Precision, recall, F1 per class. Abstentions (-1) count as wrong for recall, as a missing answer does."""
    truth = np.asarray(truth)
    predicted = np.asarray(predicted)
    rows = []
    for c in range(k):
        tp = int(((predicted == c) & (truth == c)).sum())
        fp = int(((predicted == c) & (truth != c)).sum())
        fn = int(((predicted != c) & (truth == c)).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((precision, recall, f1, int((truth == c).sum())))
    return rows


def summary(truth, predicted, k):
    rows = per_class(truth, predicted, k)
    accuracy = float((np.asarray(truth) == np.asarray(predicted)).mean()) if len(truth) else 0.0
    return {"accuracy": accuracy, "macro_f1": float(np.mean([r[2] for r in rows])), "per_class": rows,
            "coverage": float((np.asarray(predicted) >= 0).mean()) if len(truth) else 0.0}


def plot_confusion(matrix, labels, path, title):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(5.5, 4.8))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("hand label")
    ax.set_title(title)
    top = matrix.max() if matrix.size else 1
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            ax.text(j, i, str(matrix[i, j]), ha="center", va="center",
                    color="white" if matrix[i, j] > top / 2 else "black", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
