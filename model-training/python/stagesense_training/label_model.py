"""Dawid–Skene label model: turns labeling-function votes into probabilistic stage labels.

Each LF j has a confusion matrix P(vote = l | true stage = k) over the K stages plus "abstain"; EM alternates
between the posterior over true stages for every cell (E step) and the LF confusion matrices and class prior
(M step). Cells on which every LF abstains carry no information and are left out.
"""
import numpy as np

ABSTAIN = -1


class LabelModel:

    def __init__(self, n_classes, iterations=50, smoothing=1.0):
        self.k = n_classes
        self.iterations = iterations
        self.smoothing = smoothing
        self.prior = None
        self.confusion = None  # [lfs, k, k + 1]; last column = abstain

    @staticmethod
    def majority(votes, n_classes):
        """The rules' own baseline: most frequent non-abstain vote; ties to the earlier stage; -1 if none."""
        out = np.full(len(votes), -1, dtype=np.int64)
        for i, row in enumerate(votes):
            counts = np.bincount(row[row >= 0], minlength=n_classes)
            if counts.sum() > 0:
                out[i] = int(np.argmax(counts))
        return out

    def _one_hot_votes(self, votes):
        outcome = np.where(votes < 0, self.k, votes)
        onehot = np.zeros(votes.shape + (self.k + 1,))
        np.put_along_axis(onehot, outcome[..., None], 1.0, axis=2)
        return onehot

    def fit(self, votes):
        votes = np.asarray(votes, dtype=np.int64)
        covered = (votes >= 0).any(axis=1)
        votes = votes[covered]
        onehot = self._one_hot_votes(votes)
        # Start from soft majority vote, as Dawid and Skene do.
        posterior = np.full((len(votes), self.k), self.smoothing / self.k)
        for c in range(self.k):
            posterior[:, c] += (votes == c).sum(axis=1)
        posterior /= posterior.sum(axis=1, keepdims=True)
        for _ in range(self.iterations):
            self.prior = (posterior.sum(axis=0) + self.smoothing) / (len(votes) + self.k * self.smoothing)
            counts = np.einsum("nk,njl->jkl", posterior, onehot) + self.smoothing * 0.1
            self.confusion = counts / counts.sum(axis=2, keepdims=True)
            posterior = self._posterior(onehot)
        return self

    def _posterior(self, onehot):
        log_conf = np.log(self.confusion)  # [j, k, l]
        log_post = np.log(self.prior)[None, :] + np.einsum("njl,jkl->nk", onehot, log_conf)
        log_post -= log_post.max(axis=1, keepdims=True)
        post = np.exp(log_post)
        return post / post.sum(axis=1, keepdims=True)

    def predict_proba(self, votes):
        """Posterior over stages; rows where every LF abstains get the class prior."""
        votes = np.asarray(votes, dtype=np.int64)
        post = self._posterior(self._one_hot_votes(votes))
        none = ~(votes >= 0).any(axis=1)
        post[none] = self.prior
        return post
