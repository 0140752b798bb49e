"""Golden input: typed loaders with defaults, star parameters, returns and raises."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import pandas as pd


class LoadError(Exception):
    """Raised when a file cannot be loaded."""


def load_table(path: str, sep: str = ",", *columns, n_rows: int | None = None, **options) -> pd.DataFrame:
    if not path:
        raise ValueError("empty path")
    import pandas as pd
    return pd.read_csv(path, sep=sep, usecols=columns or None, nrows=n_rows, **options)


def read_config(filename, encoding="utf-8", strict: bool = False):
    try:
        with open(filename, encoding=encoding) as handle:
            text = handle.read()
    except OSError as err:
        raise LoadError(filename) from err
    if strict and not text:
        raise LoadError(filename)
    return text


def iter_rows(path: str, skip_header: bool = True) -> Iterator[list[str]]:
    with open(path) as handle:
        if skip_header:
            next(handle, None)
        for line in handle:
            yield line.rstrip("\n").split(",")


def is_valid(name: str) -> bool:
    return name.isidentifier()


def to_json(record: dict) -> str:
    import json
    return json.dumps(record)


def log_progress(step: int, total: int) -> None:
    print(f"{step}/{total}")


def get_version():
    return "1.0"
