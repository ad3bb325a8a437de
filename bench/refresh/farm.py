#!/usr/bin/python3
"""farm.py: serve the bench feeds from many loopback addresses with a fixed added latency.

usage: farm.py DIR PORT LATENCY_MS HOST...
Every response waits LATENCY_MS (a timer, not a thread), then goes out whole.
HTTP/1.1 keep-alive; ETag and Last-Modified on every feed, 304 when the
client's validators match. GET /__stats answers "NAME N" lines (requests,
304, bytes, conns: connections opened; itself not counted); GET /__reset
zeroes them. One asyncio loop: thousands of idle
connections cost nothing, so the farm is never the bottleneck of a
64-connection client. Stops by itself after an hour.
"""
import asyncio
import email.utils
import hashlib
import os
import sys

DIR, PORT, LATENCY = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) / 1000.0
HOSTS = sys.argv[4:]
FEEDS = {}
STATS = {"requests": 0, "304": 0, "bytes": 0, "conns": 0}
LASTMOD = email.utils.formatdate(1704067200, usegmt=True)


def load():
    for name in os.listdir(DIR):
        if name.endswith(".xml"):
            with open(os.path.join(DIR, name), "rb") as f:
                body = f.read()
            etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
            head = ("HTTP/1.1 200 OK\r\nContent-Type: application/xml; charset=utf-8\r\n"
                    "Content-Length: %d\r\nETag: %s\r\nLast-Modified: %s\r\n\r\n"
                    % (len(body), etag, LASTMOD)).encode()
            FEEDS["/" + name] = (etag, head + body)


NOT_MODIFIED = b"HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n"
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class Conn(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
        self.buf = b""
        STATS["conns"] += 1

    def data_received(self, data):
        self.buf += data
        while b"\r\n\r\n" in self.buf:
            head, self.buf = self.buf.split(b"\r\n\r\n", 1)
            self.request(head.decode("latin-1"))

    def request(self, head):
        lines = head.split("\r\n")
        parts = lines[0].split(" ")
        path = parts[1] if len(parts) > 1 else "/"
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        if path == "/__stats":
            body = "".join("%s %d\n" % kv for kv in STATS.items()).encode()
            self.t.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            return
        if path == "/__reset":
            STATS.update(requests=0, bytes=0, conns=0, **{"304": 0})
            self.t.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
            return
        STATS["requests"] += 1
        feed = FEEDS.get(path)
        if feed is None:
            out = NOT_FOUND
        elif headers.get("if-none-match") == feed[0] or (
                "if-none-match" not in headers and headers.get("if-modified-since") == LASTMOD):
            STATS["304"] += 1
            out = NOT_MODIFIED
        else:
            out = feed[1]
        STATS["bytes"] += len(out)
        # responses on one connection keep their order: each waits its own latency
        asyncio.get_running_loop().call_later(LATENCY, self.send, out)

    def send(self, out):
        if not self.t.is_closing():
            self.t.write(out)


async def main():
    load()
    loop = asyncio.get_running_loop()
    servers = [await loop.create_server(Conn, host, PORT, backlog=1024, reuse_address=True)
               for host in HOSTS]
    print("ready", flush=True)
    await asyncio.sleep(3600)
    for s in servers:
        s.close()


asyncio.run(main())
