#!/usr/bin/python3
"""server.py: the HTTP server the net tests fetch from, driven by a declarative fixture.

usage: server.py FIXTURE.json LOG PORTFILE [ADDRESS]

FIXTURE maps a path to a response:
  {"/feed.xml": {"status": 200, "body_file": "rss.xml", "etag": "\"v1\"",
                 "gzip": true, "headers": {"Content-Type": "..."}}}
Keys: status, body (text), body_file (next to the fixture), body_size (N
filler bytes), body_pattern (N bytes that differ from offset to offset), headers, etag and last_modified (a matching conditional
request gets a 304), gzip (compress when the client accepts it), location
(for redirects; "{port}" is replaced), retry_after, auth ("user:password"
for HTTP basic auth, else 401), delay (seconds before
answering), mode: "reset" (drop the connection with a TCP RST),
"hang" (never answer), "endless" (a chunked body that never ends),
ranges (answer "Range: bytes=N-" with a 206, or a 416 past the end),
cut_once (the first answer sends this many bytes of the body, then closes),
rate (bytes a second at most).
Every request is logged to LOG as one JSON line (path, status and the
conditional and encoding headers seen). A request for an absolute URL is
answered as a proxy would, and logged with "proxied": HOST. The server stops by itself after
120 s so a test that dies cannot leave it behind. With SERVER_TLS=CERT:KEY in
the environment it speaks HTTPS with that certificate.
"""
import base64
import gzip
import json
import os
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXTURE, LOG, PORTFILE = sys.argv[1:4]
ADDRESS = sys.argv[4] if len(sys.argv) > 4 else "127.0.0.1"
with open(FIXTURE) as f:
    ROUTES = json.load(f)
BASE = os.path.dirname(os.path.abspath(FIXTURE))
LOCK = threading.Lock()
CUT = {}  # paths whose cut_once answer went out


def log(entry):
    with LOCK, open(LOG, "a") as f:
        f.write(json.dumps(entry) + "\n")


def pattern(n):
    return bytes((i * 131 + i // 251 + 7) % 256 for i in range(n))


def body_of(spec):
    if "body_file" in spec:
        with open(os.path.join(BASE, spec["body_file"]), "rb") as f:
            return f.read()
    if "body_size" in spec:
        return b"x" * spec["body_size"]
    if "body_pattern" in spec:  # N bytes that differ at every offset a part could start at
        return pattern(spec["body_pattern"])
    return spec.get("body", "").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        entry = {}
        if self.path.startswith("http://"):  # asked as a proxy
            entry["proxied"] = self.path.split("/")[2]
            self.path = "/" + self.path.split("/", 3)[3]
        spec = ROUTES.get(self.path.split("?")[0])
        entry.update({"path": self.path, "inm": self.headers.get("If-None-Match"),
                 "ims": self.headers.get("If-Modified-Since"),
                 "ae": self.headers.get("Accept-Encoding"),
                 "ua": self.headers.get("User-Agent"), "client": self.client_address[1],
                 "range": self.headers.get("Range"), "t": time.time()})
        if spec is None:
            spec = {"status": 404, "body": "no such fixture"}
        if "auth" in spec:
            want = "Basic " + base64.b64encode(spec["auth"].encode()).decode()
            if self.headers.get("Authorization") != want:
                spec = {"status": 401, "body": "who are you", "headers": {"WWW-Authenticate": 'Basic realm="t"'}}
        time.sleep(spec.get("delay", 0))
        mode = spec.get("mode")
        if mode == "reset":
            entry["status"] = "reset"
            log(entry)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if mode == "hang":
            entry["status"] = "hang"
            log(entry)
            time.sleep(30)
            self.close_connection = True
            return
        if mode == "endless":
            entry["status"] = "endless"
            log(entry)
            self.endless()
            return
        self.answer(spec, entry)

    def not_modified(self, spec):
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if "etag" in spec and inm is not None:
            return inm == spec["etag"]
        return "last_modified" in spec and ims == spec["last_modified"]

    def ranged(self, spec, body, headers):
        """A 206 for "bytes=N-" when the fixture has ranges; else the whole body."""
        asked = self.headers.get("Range") or ""
        if not spec.get("ranges") or not asked.startswith("bytes=") or not asked.endswith("-"):
            return 200, body
        first = int(asked[6:-1])
        if first >= len(body):
            headers["Content-Range"] = "bytes */%d" % len(body)
            return 416, b""
        headers["Content-Range"] = "bytes %d-%d/%d" % (first, len(body) - 1, len(body))
        return 206, body[first:]

    def send_body(self, spec, body):
        """The body, cut the first time when the fixture says so, at a rate if it has one."""
        cut = spec.get("cut_once")
        with LOCK:
            first = not CUT.get(self.path)
            CUT[self.path] = True
        if cut is not None and first:
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        rate = spec.get("rate")
        step = max(1, rate // 10) if rate else len(body) or 1
        for i in range(0, len(body), step):
            self.wfile.write(body[i:i + step])
            if rate:
                self.wfile.flush()
                time.sleep(0.1)

    def answer(self, spec, entry):
        status = spec.get("status", 200)
        body = body_of(spec)
        headers = dict(spec.get("headers", {}))
        if status == 200:
            status, body = self.ranged(spec, body, headers)
        if "etag" in spec:
            headers["ETag"] = spec["etag"]
        if "last_modified" in spec:
            headers["Last-Modified"] = spec["last_modified"]
        if "location" in spec:
            headers["Location"] = spec["location"].replace("{port}", str(self.server.server_port))
        if "retry_after" in spec:
            headers["Retry-After"] = str(spec["retry_after"])
        if status == 200 and self.not_modified(spec):
            status, body = 304, b""
        elif spec.get("gzip") and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
            entry["gzip"] = True
        entry["status"] = status
        log(entry)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.send_body(spec, body)
        except OSError:
            self.close_connection = True

    def endless(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<item><title>again</title></item>\n" * 1000
        deadline = time.time() + 30
        try:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(b"<rss><channel>"), b"<rss><channel>"))
            while time.time() < deadline:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass
        self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up (a killed refresh) is part of the tests


def main():
    server = Server((ADDRESS, 0), Handler)
    tls = os.environ.get("SERVER_TLS")
    if tls:
        import ssl
        cert, key = tls.split(":", 1)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        # a handshake the client refuses fails in accept(), which the server shrugs off
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Timer(120, server.shutdown).start()
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_port))
    os.rename(tmp, PORTFILE)
    server.serve_forever()


main()
