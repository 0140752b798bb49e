"""The StageSense server as the proxy sees it: where it is, its token, whether it answers, and starting it."""

import json
from typing import Optional

from tornado.httpclient import AsyncHTTPClient, HTTPRequest

from .config import StageSense
from .launcher import Launcher, resolve_command
from .token import TokenFile

HEALTH_TIMEOUT_S = 2.0


class Backend:
    def __init__(self, config: StageSense, log):
        self.config = config
        self.url = config.url.rstrip("/")
        self.token = TokenFile(config.token_file)
        self.launcher = Launcher(resolve_command(config.command, config.jar), self.url, config.token_file, log)
        self.log = log
        self.client = AsyncHTTPClient()

    async def healthy(self) -> bool:
        request = HTTPRequest(
            f"{self.url}/v1/health", method="GET", connect_timeout=HEALTH_TIMEOUT_S, request_timeout=HEALTH_TIMEOUT_S
        )
        try:
            response = await self.client.fetch(request, raise_error=False)
        except Exception:  # connection refused, DNS, timeout: all mean "not answering"
            return False
        return response.code == 200

    async def status(self) -> dict:
        """ready / starting / down with a message a person can act on; starts the server if allowed and needed."""
        if await self.healthy():
            if self.token.read() is None:
                return self._status(
                    "down", f"the StageSense server answers but its token file {self.token.path} is missing"
                )
            if not await self.token_accepted():
                return self._status(
                    "down", f"the StageSense server rejects the token in {self.token.path} (another server's token?)"
                )
            return self._status("ready", f"StageSense is ready at {self.url}")
        self.launcher.poll()
        if self.launcher.running:
            if self.launcher.timed_out(self.config.startup_timeout):
                return self._status(
                    "down",
                    f"the StageSense server started by Jupyter is not healthy after "
                    f"{self.config.startup_timeout:.0f} s (log: {self.launcher.log_file})",
                )
            return self._status("starting", "starting the StageSense server…")
        if self.config.autostart and self.launcher.start():
            return self._status("starting", "starting the StageSense server…")
        reason = self.launcher.failure if self.config.autostart else "automatic start is off (c.StageSense.autostart)"
        return self._status("down", f"no StageSense server at {self.url}: {reason}")

    async def token_accepted(self) -> bool:
        """Probes an authenticated endpoint: a server started with another token file answers 401 to all else."""
        request = HTTPRequest(
            f"{self.url}/v1/models",
            headers=self.auth_headers() or {},
            connect_timeout=HEALTH_TIMEOUT_S,
            request_timeout=HEALTH_TIMEOUT_S,
        )
        try:
            response = await self.client.fetch(request, raise_error=False)
        except Exception:
            return True  # not a token problem; the next health check sees whatever it is
        return response.code != 401

    def auth_headers(self) -> Optional[dict]:
        token = self.token.read()
        return {"Authorization": f"Bearer {token}"} if token else None

    def _status(self, state: str, message: str) -> dict:
        return {"state": state, "url": self.url, "message": message, "log_file": self.launcher.log_file}


def error_body(message: str, **extra) -> str:
    return json.dumps({"message": message, **extra})

