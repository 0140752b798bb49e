"""HTTP handlers under the Jupyter server's base URL: ``/stagesense/status`` and the proxy ``/stagesense/v1/...``.

Both are Jupyter API handlers, so they require the user's Jupyter login and, for POST, Jupyter's XSRF token: the
browser never talks to the StageSense server itself and never sees its bearer token. The proxy's own error replies
(server unreachable, starting, token rejected, too slow) carry the server's ``state``; the front-end tells them
from the StageSense server's own errors by that field."""

import re
from urllib.parse import parse_qsl, urlencode

from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado import web
from tornado.httpclient import HTTPRequest

from .backend import Backend, error_body

# The StageSense API routes a front-end may use; anything else is not forwarded (404 here).
ALLOWED = re.compile(r"^v1/(stage|complete|docstring|models|packages/(similar|search|recommend))$")
MAX_BODY_BYTES = 1024 * 1024


class StatusHandler(APIHandler):
    def initialize(self, backend: Backend):
        self.backend = backend

    @web.authenticated
    async def get(self):
        self.finish(await self.backend.status())


class ProxyHandler(APIHandler):
    def initialize(self, backend: Backend):
        self.backend = backend

    @web.authenticated
    async def get(self, path: str):
        await self._forward("GET", path, None)

    @web.authenticated
    async def post(self, path: str):
        await self._forward("POST", path, self.request.body)

    async def _forward(self, method: str, path: str, body):
        if not ALLOWED.match(path):
            self._reply(404, error_body(f"unknown StageSense route: {path}"))
            return
        if body is not None and len(body) > MAX_BODY_BYTES:
            self._reply(413, error_body("request body over 1 MiB"))
            return
        headers = self.backend.auth_headers()
        if headers is None:
            # No token yet: the server is not running (or never ran); kick off a start and say so.
            status = await self.backend.status()
            self._reply(503, error_body(status["message"], state=status["state"]))
            return
        query = forwarded_query(method, self.request.query)
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = HTTPRequest(
            f"{self.backend.url}/{path}{query}",
            method=method,
            body=body,
            headers=headers,
            connect_timeout=5.0,
            request_timeout=self.backend.config.request_timeout,
        )
        try:
            response = await self.backend.client.fetch(request, raise_error=False)
        except Exception:  # refused / reset: the server is gone; status() may restart it
            status = await self.backend.status()
            self._reply(503, error_body(status["message"], state=status["state"]))
            return
        if response.code == 599:  # tornado's code for timeouts and connection failures
            status = await self.backend.status()
            code = 504 if status["state"] == "ready" else 503
            self._reply(code, error_body(f"StageSense did not answer: {response.error}", state=status["state"]))
            return
        if response.code == 401:
            message = f"the StageSense server rejects the token in {self.backend.token.path}"
            self._reply(502, error_body(message, state="down"))
            return
        self._reply(response.code, response.body or b"{}")

    def _reply(self, code: int, body):
        self.set_status(code)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(body)


def forwarded_query(method: str, query: str) -> str:
    """The query string to pass on: none for POST (the API takes none), and for GET only `key=value` pairs, which
    drops a bare `?1700000000000` cache buster that Jupyter's front-end adds to requests by default."""
    if method != "GET" or not query:
        return ""
    pairs = parse_qsl(query, keep_blank_values=False)
    return f"?{urlencode(pairs)}" if pairs else ""


def setup_handlers(web_app, backend: Backend) -> None:
    base = web_app.settings["base_url"]
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base, "stagesense", "status"), StatusHandler, {"backend": backend}),
            (url_path_join(base, "stagesense", "(v1/.*)"), ProxyHandler, {"backend": backend}),
        ],
    )
