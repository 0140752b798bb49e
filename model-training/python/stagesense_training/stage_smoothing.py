"""Notebook smoothing of stage predictions: workflows move on slowly, so a cell's neighbours say something about it.

A hidden Markov chain over the cells of one notebook, in order: the end model's probabilities per cell are the
evidence, the transitions between consecutive cells' stages are counted on the training notebooks (label model's
stage per cell, add-one smoothed), flattened by raising them to a power alpha (0 = no smoothing, 1 = the full
chain) chosen on the dev hand labels. The start is uniform: a client may send any run of consecutive cells.
The Java server does the same for a batch of cells (StageSmoothing); docs/models.md, "stage-classifier".
"""
import collections

import numpy as np


def transitions(cells, stages, k=6):
    """Row-normalised counts of (stage of a cell → stage of the next cell) over each notebook's cells in order.

    cells: dicts with notebook_id and position; stages: one stage index per cell."""
    counts = np.ones((k, k))
    for run in notebook_runs(cells):
        for a, b in zip(run, run[1:]):
            counts[int(stages[a]), int(stages[b])] += 1
    return counts / counts.sum(axis=1, keepdims=True)


def smooth(probabilities, matrix, alpha):
    """Forward-backward posteriors of one run of consecutive cells; alpha 0 returns the input unchanged."""
    p = np.asarray(probabilities, dtype=np.float64)
    if alpha <= 0 or len(p) < 2:
        return p
    t = np.asarray(matrix, dtype=np.float64) ** alpha
    t /= t.sum(axis=1, keepdims=True)
    forward = np.zeros_like(p)
    forward[0] = p[0] / p[0].sum()
    for i in range(1, len(p)):
        forward[i] = p[i] * (forward[i - 1] @ t)
        forward[i] /= forward[i].sum()
    backward = np.ones_like(p)
    for i in range(len(p) - 2, -1, -1):
        backward[i] = t @ (p[i + 1] * backward[i + 1])
        backward[i] /= backward[i].sum()
    posterior = forward * backward
    return posterior / posterior.sum(axis=1, keepdims=True)


def smooth_notebooks(cells, probabilities, matrix, alpha):
    """Each notebook's cells smoothed together, in position order; rows come back in the input order."""
    out = np.array(probabilities, dtype=np.float64)
    for run in notebook_runs(cells):
        out[run] = smooth(out[run], matrix, alpha)
    return out


def notebook_runs(cells):
    """The indices of each notebook's cells, in position order (cells: dicts with notebook_id and position)."""
    by_notebook = collections.defaultdict(list)
    for i, cell in enumerate(cells):
        by_notebook[cell["notebook_id"]].append((cell["position"], i))
    return [[i for _, i in sorted(members)] for members in by_notebook.values()]
