"""Golden input: methods, receivers, data-science parameter names, nested and abstract functions."""
from __future__ import annotations

import abc


class BaseEstimator(abc.ABC):
    """A model that can be fitted."""

    def __init__(self, n_estimators: int = 100, random_state=None, n_jobs: int = 1):
        self.n_estimators = n_estimators
        self.random_state = random_state
        self.n_jobs = n_jobs

    @abc.abstractmethod
    def predict(self, X) -> list:
        ...

    @classmethod
    def from_params(cls, params: dict, *args, **kwargs):
        return cls(**params)

    def score(self, X, y, sample_weight=None):
        predictions = self.predict(X)
        hits = [p == t for p, t in zip(predictions, y)]
        if sample_weight is not None:
            return sum(w for w, h in zip(sample_weight, hits) if h) / sum(sample_weight)
        return sum(hits) / len(hits)


def plot_importance(df, ax=None, inplace=False, shuffle: bool = False):
    def sort_values(frame):
        return frame.sort_values("importance")

    data = sort_values(df)
    if ax is not None:
        ax.barh(data.index, data["importance"])


async def fetch_url(url: str, timeout: float = 5.0) -> bytes:
    raise NotImplementedError
