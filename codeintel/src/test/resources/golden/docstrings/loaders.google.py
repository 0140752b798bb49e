"""Golden input: typed loaders with defaults, star parameters, returns and raises."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import pandas as pd


class LoadError(Exception):
    """Raised when a file cannot be loaded."""


def load_table(path: str, sep: str = ",", *columns, n_rows: int | None = None, **options) -> pd.DataFrame:
    """Load table.

    Args:
        path (str): The file path.
        sep (str, optional): The field separator. Defaults to ",".
        *columns: Additional positional arguments.
        n_rows (int | None, optional): The number of rows. Defaults to None.
        **options: Additional keyword arguments.

    Returns:
        pd.DataFrame: The table.

    Raises:
        ValueError: If an argument has an invalid value.
    """
    if not path:
        raise ValueError("empty path")
    import pandas as pd
    return pd.read_csv(path, sep=sep, usecols=columns or None, nrows=n_rows, **options)


def read_config(filename, encoding="utf-8", strict: bool = False):
    """Read config.

    Args:
        filename: The file name.
        encoding (optional): The text encoding. Defaults to "utf-8".
        strict (bool, optional): The strict flag. Defaults to False.

    Returns:
        The config.

    Raises:
        LoadError: If a load error occurs.
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

    Args:
        path (str): The file path.
        skip_header (bool, optional): Whether to skip header. Defaults to True.

    Yields:
        list[str]: The rows.
    """
    with open(path) as handle:
        if skip_header:
            next(handle, None)
        for line in handle:
            yield line.rstrip("\n").split(",")


def is_valid(name: str) -> bool:
    """Return whether valid.

    Args:
        name (str): The name.

    Returns:
        bool: True if valid, False otherwise.
    """
    return name.isidentifier()


def to_json(record: dict) -> str:
    """Convert to json.

    Args:
        record (dict): The record.

    Returns:
        str: The json representation.
    """
    import json
    return json.dumps(record)


def log_progress(step: int, total: int) -> None:
    """Log progress.

    Args:
        step (int): The step.
        total (int): The total.
    """
    print(f"{step}/{total}")


def get_version():
    """Get version.

    Returns:
        str: The version.
    """
    return "1.0"
