#!/usr/bin/python3
"""bench/download/run.py: the download queue against curl, side by side in one run.

usage: bench/download/run.py [--files 20] [--mb 50] [--jobs 4] [--tidings PATH] [--runs 3]
                             [--ui]

FILES files of MB megabytes each are served from 127.0.0.1 by serve.py
(os.sendfile: the server is not the bound). curl --parallel
--parallel-max JOBS fetches them all; then tidings, with a feed that
names them as enclosures, `tidings enqueue` and `tidings download
--jobs JOBS`. Each is timed (wall, CPU) with its peak memory, the median
of RUNS runs; every file's size and sha256 are checked. With --ui, the
interface is opened in tmux on the same queue, the downloads started
with its own key (e on each episode is what a user does; here the queue
is filled first and the downloads view started), and keys that switch
between the help and the list are sent while the files come: the time
from a key to the screen showing it is measured (p50, p99; tmux's
capture-pane polling included). Not a test: numbers vary.
"""
import argparse
import hashlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", ".."))


def make_files(d, n, mb):
    os.makedirs(d, exist_ok=True)
    block = hashlib.sha256(b"tidings").digest() * (1 << 15)  # 1 MiB that is not all one byte
    for i in range(n):
        path = os.path.join(d, "ep%02d.mp3" % i)
        if os.path.exists(path) and os.path.getsize(path) == mb << 20:
            continue
        with open(path, "wb") as f:
            for k in range(mb):
                f.write(bytes([i, k % 256]) + block[2:])
    return sorted(os.listdir(d))


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def timed(cmd, env=None, cwd=None):
    tf = tempfile.NamedTemporaryFile(delete=False)
    tf.close()
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name] + cmd, env=env, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    with open(tf.name) as f:
        u, s, m = f.read().split()[-3:]
    os.unlink(tf.name)
    if p.returncode:
        sys.stderr.write("%s exited %d: %s\n" % (cmd[0], p.returncode, p.stderr.decode()[-400:]))
    return wall, float(u) + float(s), int(m) / 1024.0


def start_server(d):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    p = subprocess.Popen([sys.executable, os.path.join(HERE, "serve.py"), d, str(port)])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 0.1).close()
            return p, port
        except OSError:
            time.sleep(0.05)
    sys.exit("serve.py did not start")


def check(dest, names, want):
    bad = [n for n in names if not os.path.exists(os.path.join(dest, n)) or sha(os.path.join(dest, n)) != want[n]]
    return "all %d files whole" % len(names) if not bad else "WRONG: %s" % bad[:3]


def run_curl(urls, dest, jobs):
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    cmd = ["curl", "-s", "--parallel", "--parallel-max", str(jobs)]
    for u in urls:
        cmd += ["-o", os.path.join(dest, u.rsplit("/", 1)[1]), u]
    return timed(cmd)


def tidings_setup(tidings, work, urls, dest, jobs):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    feed = os.path.join(work, "feed.xml")
    items = "".join('<item><title>ep%02d</title><guid>%d</guid><enclosure url="%s" type="audio/mpeg"/></item>'
                    % (i, i, u) for i, u in enumerate(urls))
    open(feed, "w").write('<rss version="2.0"><channel><title>bench</title>%s</channel></rss>' % items)
    open(os.path.join(work, "urls"), "w").write("http://bench.invalid/feed\n")
    # one directory, the URL's file name: the same files curl writes
    open(os.path.join(work, "config"), "w").write(
        'set download-path %s\nset download-filename-format "%%u"\nset max-downloads %d\n' % (dest, jobs))
    base = [tidings, "--urls", work + "/urls", "--cache", work + "/cache.db", "--config", work + "/config"]
    subprocess.run(base + ["import-feed", feed, "http://bench.invalid/feed"], check=True, stdout=subprocess.DEVNULL)
    ids = subprocess.run(base + ["items"], check=True, capture_output=True, text=True).stdout.split()
    ids = [w for w in ids if w.isdigit()][:len(urls)]
    subprocess.run(base + ["enqueue"] + ids, check=True, stdout=subprocess.DEVNULL)
    return base


def run_tidings(tidings, work, urls, dest, jobs):
    shutil.rmtree(dest, ignore_errors=True)
    base = tidings_setup(tidings, work, urls, dest, jobs)
    env = dict(os.environ, HOME=work)
    return timed(base + ["download", "--jobs", str(jobs)], env=env)


def key_latency(tidings, work, urls, dest, jobs):
    """The interface open while the queue downloads: keys to screen, in ms."""
    shutil.rmtree(dest, ignore_errors=True)
    base = tidings_setup(tidings, work, urls, dest, jobs)
    sock = "tidings-bench-dl-%d" % os.getpid()
    tm = ["tmux", "-L", sock, "-f", "/dev/null"]
    env = dict(os.environ, HOME=work, LANG="C.UTF-8")
    subprocess.run(tm + ["new-session", "-d", "-x", "120", "-y", "40", " ".join(base)], env=env, check=True)
    subprocess.run(tm + ["set", "-g", "status", "off"], check=True)

    def screen():
        return subprocess.run(tm + ["capture-pane", "-p"], capture_output=True, text=True).stdout

    def wait(pred, limit=10):
        t0 = time.monotonic()
        while time.monotonic() - t0 < limit:
            s = screen()
            if pred(s):
                return time.monotonic() - t0
        return None

    lat = []
    try:
        wait(lambda s: "All unread" in s)
        subprocess.run(tm + ["send-keys", "d"])  # the downloads view starts the queue
        wait(lambda s: "Downloads" in s)
        # the help view and back: a change the text of the screen shows
        # (a moved selection is only a colour); while files still come
        deadline = time.monotonic() + 60
        i = 0
        while time.monotonic() < deadline and "Downloading" in screen():
            key, want = ("?", "Help:") if i % 2 == 0 else ("q", "Downloads (")
            t0 = time.monotonic()
            subprocess.run(tm + ["send-keys", key])
            if wait(lambda s: want in s, 2) is not None:
                lat.append((time.monotonic() - t0) * 1000)
            i += 1
    finally:
        subprocess.run(tm + ["kill-server"], stderr=subprocess.DEVNULL)
    return lat


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--mb", type=int, default=50)
    ap.add_argument("--jobs", type=int, default=4)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tidings", default=os.path.join(SRC, "src", "tidings"))
    ap.add_argument("--ui", action="store_true")
    a = ap.parse_args()
    for prog in ("curl", "/usr/bin/time"):
        if not shutil.which(prog):
            sys.exit("run.py: %s is needed" % prog)
    work = os.path.join(tempfile.gettempdir(), "tidings-bench-download-%d" % os.getuid())
    files = make_files(os.path.join(work, "files"), a.files, a.mb)
    want = {n: sha(os.path.join(work, "files", n)) for n in files}
    server, port = start_server(os.path.join(work, "files"))
    urls = ["http://127.0.0.1:%d/%s" % (port, n) for n in files]
    total_mb = a.files * a.mb * 1.048576
    rows = {"curl": [], "tidings": []}
    try:
        for _ in range(a.runs):
            rows["curl"].append(run_curl(urls, os.path.join(work, "curl"), a.jobs))
            rows["tidings"].append(run_tidings(a.tidings, os.path.join(work, "t"), urls,
                                               os.path.join(work, "tidings"), a.jobs))
        ok_c = check(os.path.join(work, "curl"), files, want)
        ok_t = check(os.path.join(work, "tidings"), files, want)
        lat = key_latency(a.tidings, os.path.join(work, "t"), urls, os.path.join(work, "tidings"),
                          a.jobs) if a.ui else None
    finally:
        server.kill()
    print("%d files x %d MB from 127.0.0.1, %d at once; median of %d runs" % (a.files, a.mb, a.jobs, a.runs))
    print("%-10s %8s %8s %10s %9s  %s" % ("", "wall s", "CPU s", "MB/s", "peak MB", "files"))
    med = {}
    for name in ("curl", "tidings"):
        w = statistics.median(r[0] for r in rows[name])
        c = statistics.median(r[1] for r in rows[name])
        m = max(r[2] for r in rows[name])
        med[name] = w
        print("%-10s %8.2f %8.2f %10.0f %9.1f  %s" % (name, w, c, total_mb / w, m,
                                                    ok_c if name == "curl" else ok_t))
    print("tidings/curl throughput: %.2f (goal >= 0.80)" % (med["curl"] / med["tidings"]))
    print("tidings peak memory: %.1f MB (goal <= 20)" % max(r[2] for r in rows["tidings"]))
    if lat:
        lat.sort()
        print("key to screen while downloading: p50 %.1f ms, p99 %.1f ms over %d keys (goal p99 <= 50; "
              "tmux polling included)" % (lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], len(lat)))


if __name__ == "__main__":
    main()
