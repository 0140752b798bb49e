"""Reads the StageSense bearer token from its file, again whenever the file changes (the server writes it on its
first start, possibly after Jupyter started)."""

import os
from typing import Optional


class TokenFile:
    def __init__(self, path: str):
        self.path = os.path.expanduser(path)
        self._token: Optional[str] = None
        self._stamp: Optional[tuple] = None

    def read(self) -> Optional[str]:
        """The token, or None when the file does not exist (yet) or is empty."""
        try:
            stat = os.stat(self.path)
        except OSError:
            self._token, self._stamp = None, None
            return None
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        if stamp != self._stamp:
            try:
                with open(self.path, encoding="utf-8") as handle:
                    self._token = handle.read().strip() or None
            except OSError:
                self._token = None
            self._stamp = stamp
        return self._token
