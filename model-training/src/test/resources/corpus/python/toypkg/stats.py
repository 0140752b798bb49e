"""Small statistics helpers."""


def mean(values):
    """Return the arithmetic mean of the values.

    Args:
        values: A non-empty sequence of numbers.

    Returns:
        The mean as a float.
    """
    return sum(values) / len(values)


def clipped(values, low=0.0, high=1.0):
    """Clip every value into a range.

    Parameters
    ----------
    values : list of float
        The values to clip.
    low : float
        Lower bound.
    high : float
        Upper bound.
    """
    return [min(max(v, low), high) for v in values]


def undocumented(x):
    return x * 2


class Scaler:
    """Scales values by a constant factor."""

    def __init__(self, factor):
        """Create a scaler.

        :param factor: the multiplier
        """
        self.factor = factor

    def apply(self, values):
        """Multiply each value by the factor."""
        return [v * self.factor for v in values]
