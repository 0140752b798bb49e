"""Label model: turns labeling-function votes into probabilistic stage labels.

A "one-coin" Dawid–Skene model fitted with EM: labeling function j, when it votes, is right with probability a_j
and otherwise names one of the other stages. Abstentions carry no evidence. Our LFs each vote for one stage only, so
a full confusion matrix per LF would be unidentifiable from its votes; the one-coin model instead learns how much
to trust each LF — a weighted majority vote whose weights come from agreement with the other LFs, not from labels.
"""
import numpy as np

ABSTAIN = -1


class LabelModel:

    def __init__(self, n_classes, iterations=10, prior_strength=100.0):
        self.k = n_classes
        self.iterations = iterations
        self.prior_strength = prior_strength
        self.prior = None
        self.accuracy = None

    @staticmethod
    def majority(votes, n_classes):
        """The rules' own baseline: most frequent non-abstain vote; ties to the earlier stage; -1 if none."""
        votes = np.asarray(votes, dtype=np.int64)
        out = np.full(len(votes), -1, dtype=np.int64)
        for i, row in enumerate(votes):
            counts = np.bincount(row[row >= 0], minlength=n_classes)
            if counts.sum() > 0:
                out[i] = int(np.argmax(counts))
        return out

    def _vote_counts(self, votes, weights):
        """Sum over firing LFs of their log-odds weight, per class: [n, k]."""
        scores = np.zeros((len(votes), self.k))
        for c in range(self.k):
            scores[:, c] = ((votes == c) * weights[None, :]).sum(axis=1)
        return scores

    def fit(self, votes):
        votes = np.asarray(votes, dtype=np.int64)
        votes = votes[(votes >= 0).any(axis=1)]
        n_lfs = votes.shape[1]
        self.accuracy = np.full(n_lfs, 0.7)
        # A uniform class prior, kept fixed: re-estimating it lets EM starve a stage whose LFs often co-fire with
        # another stage's (evaluate with train), and the skewed prior of the rules' votes measured worse on the
        # hand-labelled dev split than none.
        self.prior = np.full(self.k, 1.0 / self.k)
        fires = votes >= 0
        for _ in range(self.iterations):
            posterior = self._posterior(votes)
            # M step: an LF's accuracy is the posterior mass of the stage it named, over the cells it voted on
            # (with a Beta prior pulling LFs towards 0.7, so co-firing LFs cannot drive each other to 0 or 1).
            named = np.take_along_axis(posterior, np.clip(votes, 0, None), axis=1)
            agree = (named * fires).sum(axis=0) + 0.7 * self.prior_strength
            total = fires.sum(axis=0) + self.prior_strength
            # An LF is never evidence against the stage it names: its accuracy stays above chance.
            self.accuracy = np.clip(agree / total, 0.35, 0.995)
        return self

    def _posterior(self, votes):
        acc = self.accuracy
        weights = np.log(acc) - np.log((1.0 - acc) / (self.k - 1))
        log_post = np.log(self.prior)[None, :] + self._vote_counts(votes, weights)
        log_post -= log_post.max(axis=1, keepdims=True)
        post = np.exp(log_post)
        return post / post.sum(axis=1, keepdims=True)

    def predict_proba(self, votes):
        """Posterior over stages; rows where every LF abstains get the class prior."""
        return self._posterior(np.asarray(votes, dtype=np.int64))
