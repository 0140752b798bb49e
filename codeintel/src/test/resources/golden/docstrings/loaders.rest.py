"""Golden input: typed loaders with defaults, star parameters, returns and raises."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import pandas as pd


class LoadError(Exception):
    """Raised when a file cannot be loaded."""


def load_table(path: str, sep: str = ",", *columns, n_rows: int | None = None, **options) -> pd.DataFrame:
    r"""Load table.

    :param path: The file path.
    :type path: str
    :param sep: The field separator. Defaults to ``","``.
    :type sep: str, optional
    :param \*columns: Additional positional arguments.
    :param n_rows: The number of rows. Defaults to ``None``.
    :type n_rows: int | None, optional
    :param \**options: Additional keyword arguments.
    :returns: The table.
    :rtype: pd.DataFrame
    :raises ValueError: If an argument has an invalid value.
    """
    if not path:
        raise ValueError("empty path")
    import pandas as pd
    return pd.read_csv(path, sep=sep, usecols=columns or None, nrows=n_rows, **options)


def read_config(filename, encoding="utf-8", strict: bool = False):
    """Read config.

    :param filename: The file name.
    :param encoding: The text encoding. Defaults to ``"utf-8"``.
    :param strict: The strict flag. Defaults to ``False``.
    :type strict: bool, optional
    :returns: The config.
    :raises LoadError: If a load error occurs.
    """
    try:
        with open(filename, encoding=encoding) as handle:
            text = handle.read()
    except OSError as err:
        raise LoadError(filename) from err
    if strict and not text:
        raise LoadError(filename)
    return text


def iter_rows(path: str, skip_header: bool = True) -> Iterator[list[str]]:
    """Iterate over rows.

    :param path: The file path.
    :type path: str
    :param skip_header: Whether to skip header. Defaults to ``True``.
    :type skip_header: bool, optional
    :returns: Iterator over the rows.
    :rtype: Iterator[list[str]]
    """
    with open(path) as handle:
        if skip_header:
            next(handle, None)
        for line in handle:
            yield line.rstrip("\n").split(",")


def is_valid(name: str) -> bool:
    """Return whether valid.

    :param name: The name.
    :type name: str
    :returns: True if valid, False otherwise.
    :rtype: bool
    """
    return name.isidentifier()


def to_json(record: dict) -> str:
    """Convert to json.

    :param record: The record.
    :type record: dict
    :returns: The json representation.
    :rtype: str
    """
    import json
    return json.dumps(record)


def log_progress(step: int, total: int) -> None:
    """Log progress.

    :param step: The step.
    :type step: int
    :param total: The total.
    :type total: int
    """
    print(f"{step}/{total}")


def get_version():
    """Get version.

    :returns: The version.
    :rtype: str
    """
    return "1.0"
