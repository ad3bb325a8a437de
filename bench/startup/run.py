#!/usr/bin/python3
"""bench/startup/run.py: the interface on a big cache, measured the way a person sees it.

    bench/startup/run.py [--feeds N] [--items M] [--runs R] [--no-newsboat] [--newsboat-timeout S]
                         [--baseline PATH]

On the cache of bench/cache (N feeds x M items, default 1,000 x 200 =
200,000, made by bench/cache/gen.py and loaded through `tidings
import-feed`; shared with bench/cache/run.py in $BENCH_DIR), each program
runs in a private tmux server at 120x40 and the screen is polled with
capture-pane until it shows what is expected:
  - start-up: launch to the first drawn feed list (tidings, sfeed_curses on
    the same items as sfeed TSV files, newsboat 2.21 on the same items in
    its own cache);
  - opening the biggest list: Enter on "All unread" (180,000 items) in
    tidings; Enter on the first feed in sfeed_curses;
  - a full-text search across every item (tidings: / WORD, the planted
    word of gen.py, count checked);
  - peak RSS of the whole session (/usr/bin/time around the program).
--baseline PATH measures a second tidings binary (an earlier commit's) on
the same cache, its runs alternating with this one's, and prints the
ratios. Each time is the median of R runs (default 5; newsboat once), minus
nothing: the "tmux floor" row is the same measure on `echo`, so the
overhead of polling is visible. Ratios follow. Not a test: numbers vary.
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COLS, ROWS = 120, 40


def load_cache_bench():
    spec = importlib.util.spec_from_file_location("cache_run", os.path.join(HERE, "..", "cache", "run.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Tmux:
    """One private tmux server per measured run."""
    n = 0

    def __init__(self, argv, env=None):
        Tmux.n += 1
        self.sock = "tidings-bench-%d-%d" % (os.getpid(), Tmux.n)
        self.rss = tempfile.NamedTemporaryFile("r", delete=False).name
        wrapped = ["/usr/bin/time", "-f", "%M", "-o", self.rss] + argv
        cmd = " ".join("'%s'" % a.replace("'", "'\\''") for a in wrapped)
        if env:
            cmd = "env " + " ".join("%s='%s'" % kv for kv in env.items()) + " " + cmd
        # a script, not the command line: tmux limits the length of a command
        fd, self.script = tempfile.mkstemp(suffix=".sh")
        os.write(fd, (cmd + "\nsleep 600\n").encode())
        os.close(fd)
        self.t0 = time.perf_counter()
        subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", "new-session", "-d",
                        "-x", str(COLS), "-y", str(ROWS), "sh " + self.script, ";",
                        "set-option", "-g", "status", "off"], check=True)

    def screen(self):
        return subprocess.run(["tmux", "-L", self.sock, "capture-pane", "-p"],
                              capture_output=True, text=True).stdout

    def wait(self, text, timeout, since=None):
        """Seconds from since (default: launch) until text shows; None on timeout."""
        t0 = self.t0 if since is None else since
        while time.perf_counter() - t0 < timeout:
            if text in self.screen():
                return time.perf_counter() - t0
        return None

    def keys(self, *k):
        t = time.perf_counter()
        subprocess.run(["tmux", "-L", self.sock, "send-keys"] + list(k), check=True)
        return t

    def anon_kib(self, comm):
        """RssAnon of the newest process named comm: its own memory, without
        the shared libraries' pages that RSS also counts."""
        pid = subprocess.run(["pgrep", "-n", "-x", comm], capture_output=True, text=True).stdout.strip()
        try:
            for line in open("/proc/%s/status" % pid):
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return None

    def peak_kib(self, quit_keys, timeout=30):
        self.keys(*quit_keys)
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < timeout:
            try:
                s = open(self.rss).read().split()
                if s:
                    return int(s[-1])
            except OSError:
                pass
            time.sleep(0.02)
        return None

    def close(self):
        subprocess.run(["tmux", "-L", self.sock, "kill-server"], stderr=subprocess.DEVNULL)
        for f in (self.rss, self.script):
            try:
                os.unlink(f)
            except OSError:
                pass


def peak_rss(argv):
    """Peak RSS in KiB of a plain run, from /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as t:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name] + argv,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return int(t.read().split()[-1])


def median(v):
    v = sorted(x for x in v if x is not None)
    return v[len(v) // 2] if v else None


def tidings_session(tidings, big, word, planted):
    """Start-up, All unread, a search; then quit. Times in seconds."""
    t = Tmux(big, {"LANG": "C.UTF-8"})
    try:
        r = {"start": t.wait("All unread", 30)}
        since = t.keys("Enter")
        r["open"] = t.wait("All unread (", 30, since)
        t.keys("q")
        t.wait("Feeds (", 10)
        since = t.keys("/")
        t.wait("Search:", 10, since)
        t.keys("-l", word)
        since = t.keys("Enter")
        r["search"] = t.wait("Search: %s (%d)" % (word, planted), 30, since)
        t.keys("q")
        t.wait("Feeds (", 10)
        r["anon"] = t.anon_kib("tidings")
        r["kib"] = t.peak_kib(["Q"])
        return r
    finally:
        t.close()


def sfeed_session(files, first):
    t = Tmux(["sfeed_curses"] + files, {"LANG": "C.UTF-8"})
    try:
        r = {"start": t.wait(first, 60)}
        since = t.keys("Enter")
        # the items pane shows each item's date; the feeds pane has none
        r["open"] = t.wait("2024-", 30, since)
        r["anon"] = t.anon_kib("sfeed_curses")
        r["kib"] = t.peak_kib(["q"])
        return r
    finally:
        t.close()


def newsboat_session(nb, timeout):
    t = Tmux(["newsboat", "-u", os.path.join(nb, "urls"), "-c", os.path.join(nb, "cache.db"),
              "-C", os.path.join(nb, "config")], {"LANG": "C.UTF-8"})
    try:
        r = {"start": t.wait("Feed 0000", timeout)}
        r["anon"] = t.anon_kib("newsboat") if r["start"] else None
        r["kib"] = t.peak_kib(["q"], 60) if r["start"] else None
        return r
    finally:
        t.close()


def floor_session():
    t = Tmux(["sh", "-c", "echo ready-now"])
    try:
        return {"start": t.wait("ready-now", 10)}
    finally:
        t.close()


def sfeed_files(data, work, feeds):
    """The same items as sfeed TSV files, one a feed (sfeed parses the RSS)."""
    out = os.path.join(work, "sfeed")
    stamp = os.path.join(out, ".count")
    if os.path.exists(stamp) and open(stamp).read() == str(feeds):
        return sorted(os.path.join(out, f) for f in os.listdir(out) if not f.startswith("."))
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for f in range(feeds):
        with open(os.path.join(data, "feeds", "%04d.xml" % f), "rb") as src, \
             open(os.path.join(out, "feed%04d" % f), "wb") as dst:
            subprocess.run(["sfeed"], stdin=src, stdout=dst, check=True)
    open(stamp, "w").write(str(feeds))
    return sorted(os.path.join(out, f) for f in os.listdir(out) if not f.startswith("."))


def fmt_ms(s):
    return "%8.1f ms" % (s * 1000) if s is not None else "       n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-newsboat", action="store_true")
    ap.add_argument("--newsboat-timeout", type=float, default=400)
    ap.add_argument("--baseline", help="another tidings binary to measure beside this one")
    args = ap.parse_args()
    for prog in ("tmux", "sfeed", "sfeed_curses"):
        if not shutil.which(prog):
            sys.exit("run.py: %s is needed" % prog)
    cache = load_cache_bench()
    work = os.environ.get("BENCH_DIR", "/tmp/tidings-bench-cache-%d" % os.getuid())
    os.makedirs(work, exist_ok=True)
    tidings = cache.optimized_tidings(work)
    print("run.py: tidings is %s" % tidings, file=sys.stderr)
    data, _ = cache.prepare(args, work, tidings)
    words = json.load(open(os.path.join(data, "words.json")))
    big = [tidings, "--cache", os.path.join(work, "big.db"), "--urls", os.path.join(work, "big.urls"),
           "--config", "/dev/null"]
    print("run.py: sfeed TSV files", file=sys.stderr)
    files = sfeed_files(data, work, args.feeds)
    total = args.feeds * args.items

    floor = median([floor_session()["start"] for _ in range(args.runs)])
    version_kib = peak_rss([tidings, "--version"])
    td, tb = [], []
    for _ in range(args.runs):
        td.append(tidings_session(tidings, big, words["planted"], words["planted_count"]))
        if args.baseline:
            tb.append(tidings_session(args.baseline, [args.baseline] + big[1:], words["planted"],
                                      words["planted_count"]))
    sf = [sfeed_session(files, "feed0000") for _ in range(args.runs)]
    nb = None
    if not args.no_newsboat and shutil.which("newsboat"):
        print("run.py: newsboat (this takes minutes on a big cache)", file=sys.stderr)
        nb = newsboat_session(os.path.join(data, "newsboat"), args.newsboat_timeout)

    def col(rows, key):
        return median([r.get(key) for r in rows])

    def mb(rows, key="kib"):
        k = col(rows, key)
        return "%7.1f MB" % (k / 1024) if k else "      n/a"

    print("\n%d feeds, %d items; %dx%d terminal in tmux; median of %d runs" % (args.feeds, total, COLS, ROWS, args.runs))
    print("%-34s %11s %11s %11s %10s %10s" % ("", "start-up", "open list", "search", "peak RSS", "own (anon)"))
    print("%-34s %11s" % ("tmux floor (echo)", fmt_ms(floor)))
    print("%-34s %11s %11s %11s %10s %10s" % ("tidings", fmt_ms(col(td, "start")), fmt_ms(col(td, "open")),
                                          fmt_ms(col(td, "search")), mb(td), mb(td, "anon")))
    if tb:
        print("%-34s %11s %11s %11s %10s %10s" % ("baseline tidings", fmt_ms(col(tb, "start")),
                                              fmt_ms(col(tb, "open")), fmt_ms(col(tb, "search")), mb(tb),
                                              mb(tb, "anon")))
    print("%-34s %11s %11s %11s %10s %10s" % ("sfeed_curses", fmt_ms(col(sf, "start")), fmt_ms(col(sf, "open")),
                                          "", mb(sf), mb(sf, "anon")))
    if nb:
        print("%-34s %11s %11s %11s %10s %10s" % ("newsboat (one run)", fmt_ms(nb["start"]) if nb["start"] else
                                              "> %d s" % args.newsboat_timeout, "", "", mb([nb]), mb([nb], "anon")))
    print("%-34s %11s %11s %11s %7.1f MB   (the shared libraries' pages)" % ("tidings --version", "", "", "",
                                                                        version_kib / 1024))
    ts, ss = col(td, "start"), col(sf, "start")
    if ts and ss:
        print("\nstart-up: sfeed_curses/tidings %.2fx" % (ss / ts), end="")
        if nb and nb["start"]:
            print(", newsboat/tidings %.0fx" % (nb["start"] / ts), end="")
        print()
    tk, sk = col(td, "kib"), col(sf, "kib")
    if tk and sk:
        print("memory: tidings/sfeed_curses %.2fx" % (tk / sk), end="")
        if nb and nb.get("kib"):
            print(", newsboat/tidings %.0fx" % (nb["kib"] / tk), end="")
        print()
    if tb:
        print("tidings/baseline: start-up %.2fx, open list %.2fx, search %.2fx, peak RSS %.2fx" % tuple(
            col(td, k) / col(tb, k) for k in ("start", "open", "search", "kib")))
    goal_ok = ts and ts < 0.1 and tk and tk / 1024 < 15
    print("goal (start-up < 100 ms, < 15 MB): %s" % ("met" if goal_ok else "MISSED"))


if __name__ == "__main__":
    main()
