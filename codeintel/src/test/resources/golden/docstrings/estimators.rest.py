"""Golden input: methods, receivers, data-science parameter names, nested and abstract functions."""
from __future__ import annotations

import abc


class BaseEstimator(abc.ABC):
    """A model that can be fitted."""

    def __init__(self, n_estimators: int = 100, random_state=None, n_jobs: int = 1):
        """Initialize the instance.

        :param n_estimators: The number of estimators. Defaults to ``100``.
        :type n_estimators: int, optional
        :param random_state: The random seed or generator. Defaults to ``None``.
        :param n_jobs: The number of parallel jobs. Defaults to ``1``.
        :type n_jobs: int, optional
        """
        self.n_estimators = n_estimators
        self.random_state = random_state
        self.n_jobs = n_jobs

    @abc.abstractmethod
    def predict(self, X) -> list:
        """Predict.

        :param X: The input samples.
        :returns: The result.
        :rtype: list
        """
        ...

    @classmethod
    def from_params(cls, params: dict, *args, **kwargs):
        r"""Create an instance from params.

        :param params: The params.
        :type params: dict
        :param \*args: Additional positional arguments.
        :param \**kwargs: Additional keyword arguments.
        :returns: The result.
        """
        return cls(**params)

    def score(self, X, y, sample_weight=None):
        """Score.

        :param X: The input samples.
        :param y: The target values.
        :param sample_weight: The sample weight. Defaults to ``None``.
        :returns: The result.
        """
        predictions = self.predict(X)
        hits = [p == t for p, t in zip(predictions, y)]
        if sample_weight is not None:
            return sum(w for w, h in zip(sample_weight, hits) if h) / sum(sample_weight)
        return sum(hits) / len(hits)


def plot_importance(df, ax=None, inplace=False, shuffle: bool = False):
    """Plot importance.

    :param df: The DataFrame.
    :param ax: The matplotlib axes to draw on. Defaults to ``None``.
    :param inplace: Whether to modify the object in place. Defaults to ``False``.
    :param shuffle: Whether to shuffle. Defaults to ``False``.
    :type shuffle: bool, optional
    """
    def sort_values(frame):
        """Sort values.

        :param frame: The frame.
        :returns: The result.
        """
        return frame.sort_values("importance")

    data = sort_values(df)
    if ax is not None:
        ax.barh(data.index, data["importance"])


async def fetch_url(url: str, timeout: float = 5.0) -> bytes:
    """Fetch url.

    :param url: The url.
    :type url: str
    :param timeout: The timeout. Defaults to ``5.0``.
    :type timeout: float, optional
    :returns: The contents of the url.
    :rtype: bytes
    :raises NotImplementedError: If a subclass does not implement it.
    """
    raise NotImplementedError
