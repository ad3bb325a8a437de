#!/usr/bin/python3
"""serve.py DIR PORT: the files of DIR over HTTP/1.1 on 127.0.0.1 with sendfile, so the server is never what a download bench measures."""
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT, PORT = sys.argv[1], int(sys.argv[2])


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = os.path.join(ROOT, os.path.basename(self.path.split("?")[0]))
        if not os.path.isfile(path):
            self.send_error(404)
            return
        size = os.path.getsize(path)
        first = 0
        asked = self.headers.get("Range", "")
        if asked.startswith("bytes=") and asked.endswith("-") and int(asked[6:-1]) < size:
            first = int(asked[6:-1])
            self.send_response(206)
            self.send_header("Content-Range", "bytes %d-%d/%d" % (first, size - 1, size))
        else:
            self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(size - first))
        self.end_headers()
        self.wfile.flush()
        with open(path, "rb") as f:
            left, off = size - first, first
            while left > 0:
                n = os.sendfile(self.connection.fileno(), f.fileno(), off, min(left, 1 << 22))
                if n <= 0:
                    break
                off += n
                left -= n


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


Server(("127.0.0.1", PORT), Handler).serve_forever()
