"""Started by the launcher test in place of `stagesense serve`: takes the same --host/--port/--token-file
arguments, writes a token file (mode 0600, as the real server does) and answers /v1/health. With --exit N it fails
at once, printing a message, like a server with a broken model file."""

import argparse
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--host")
parser.add_argument("--port", type=int)
parser.add_argument("--token-file")
parser.add_argument("--exit", type=int)
args = parser.parse_args()
if args.exit is not None:
    print("model file stage.onnx: checksum mismatch", flush=True)
    sys.exit(args.exit)

descriptor = os.open(args.token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(descriptor, b"launched-token\n")
os.close(descriptor)


class Health(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        self.send_response(200 if self.path == "/v1/health" else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()


HTTPServer((args.host, args.port), Health).serve_forever()
