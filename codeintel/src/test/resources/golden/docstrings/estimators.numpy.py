"""Golden input: methods, receivers, data-science parameter names, nested and abstract functions."""
from __future__ import annotations

import abc


class BaseEstimator(abc.ABC):
    """A model that can be fitted."""

    def __init__(self, n_estimators: int = 100, random_state=None, n_jobs: int = 1):
        """Initialize the instance.

        Parameters
        ----------
        n_estimators : int, optional
            The number of estimators. Default is 100.
        random_state : optional
            The random seed or generator. Default is None.
        n_jobs : int, optional
            The number of parallel jobs. Default is 1.
        """
        self.n_estimators = n_estimators
        self.random_state = random_state
        self.n_jobs = n_jobs

    @abc.abstractmethod
    def predict(self, X) -> list:
        """Predict.

        Parameters
        ----------
        X
            The input samples.

        Returns
        -------
        list
            The result.
        """
        ...

    @classmethod
    def from_params(cls, params: dict, *args, **kwargs):
        """Create an instance from params.

        Parameters
        ----------
        params : dict
            The params.
        *args
            Additional positional arguments.
        **kwargs
            Additional keyword arguments.

        Returns
        -------
        object
            The result.
        """
        return cls(**params)

    def score(self, X, y, sample_weight=None):
        """Score.

        Parameters
        ----------
        X
            The input samples.
        y
            The target values.
        sample_weight : optional
            The sample weight. Default is None.

        Returns
        -------
        object
            The result.
        """
        predictions = self.predict(X)
        hits = [p == t for p, t in zip(predictions, y)]
        if sample_weight is not None:
            return sum(w for w, h in zip(sample_weight, hits) if h) / sum(sample_weight)
        return sum(hits) / len(hits)


def plot_importance(df, ax=None, inplace=False, shuffle: bool = False):
    """Plot importance.

    Parameters
    ----------
    df
        The DataFrame.
    ax : optional
        The matplotlib axes to draw on. Default is None.
    inplace : optional
        Whether to modify the object in place. Default is False.
    shuffle : bool, optional
        Whether to shuffle. Default is False.
    """
    def sort_values(frame):
        """Sort values.

        Parameters
        ----------
        frame
            The frame.

        Returns
        -------
        object
            The result.
        """
        return frame.sort_values("importance")

    data = sort_values(df)
    if ax is not None:
        ax.barh(data.index, data["importance"])


async def fetch_url(url: str, timeout: float = 5.0) -> bytes:
    """Fetch url.

    Parameters
    ----------
    url : str
        The url.
    timeout : float, optional
        The timeout. Default is 5.0.

    Returns
    -------
    bytes
        The contents of the url.

    Raises
    ------
    NotImplementedError
        If a subclass does not implement it.
    """
    raise NotImplementedError
