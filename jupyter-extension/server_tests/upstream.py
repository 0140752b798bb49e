"""A stand-in StageSense server for the proxy tests: a real HTTP server on loopback that checks the bearer token like
the real one and records what reached it, so the tests can see exactly what the proxy forwarded."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Upstream:
    def __init__(self, token: str):
        self.token = token
        self.requests = []
        self.healthy = True
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep pytest output clean
                pass

            def _answer(self, code, body):
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else None
                upstream.requests.append(
                    {"method": method, "path": self.path, "auth": self.headers.get("Authorization"), "body": body}
                )
                if self.path == "/v1/health":
                    return self._answer(200 if upstream.healthy else 503, {"status": "ok"})
                if self.headers.get("Authorization") != f"Bearer {upstream.token}":
                    return self._answer(401, {"message": "missing or wrong token"})
                if self.path.startswith("/v1/packages/similar") and "name=nopkg" in self.path:
                    return self._answer(404, {"message": "unknown package: nopkg"})
                return self._answer(200, {"path": self.path, "echo": json.loads(body) if body else None})

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
