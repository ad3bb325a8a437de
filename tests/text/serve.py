#!/usr/bin/python3
"""serve.py: a loopback HTTP server for the extract tests.

Usage: serve.py PAGE   Prints the port it listens on (127.0.0.1, chosen
by the system), then serves until killed:
  /article        PAGE as text/html
  /moved          302 to /article
  /to-file        302 to file:///etc/passwd (must not be followed)
  anything else   404
"""
import http.server
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/article":
            with open(sys.argv[1], "rb") as f:
                body = f.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path in ("/moved", "/to-file"):
            self.send_response(302)
            self.send_header("Location", "/article" if self.path == "/moved" else "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
