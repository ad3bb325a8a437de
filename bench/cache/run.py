#!/usr/bin/python3
"""bench/cache/run.py: a big cache opened by tidings and by newsboat 2.21.

    bench/cache/run.py [--feeds N] [--items M] [--runs R] [--no-newsboat]

Fills a tidings cache with N feeds x M items (default 1,000 x 200 = 200,000)
through `tidings import-feed` (the real parser and upsert), and a newsboat
cache with the same items (gen.py), then times, side by side:
  tidings items --limit 50, feeds, items --search WORD (count checked),
  items --search COMMON --limit 50, items --unread --limit 50, and
  items --limit 50 on a 200-item cache;
  newsboat -x print-unread, and a SQL LIKE scan of newsboat's cache.
Each row is the median (and best) wall time and the median CPU time of R
runs (default 5; newsboat runs once) and the peak RSS of one more run;
ratios follow. Wall time on a
busy machine waits for the CPU; CPU time is the steadier number. Data and caches are kept in
$BENCH_DIR (default /tmp/tidings-bench-cache-$UID) and reused when the sizes
match. tidings is $TIDINGS, else src/tidings of an optimized tree, else a
copy of the working files built with the default flags (-O2).
"""
import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOALS = {"items --limit 50": (30, 15), "feeds": (30, 15), "items --search WORD": (50, None)}


def optimized_tidings(work):
    if os.environ.get("TIDINGS"):
        return os.environ["TIDINGS"]
    try:
        log = open(os.path.join(SRC, "config.log")).read()
    except OSError:
        log = "--enable-debug"
    if not any(f in log for f in ("--enable-debug", "--enable-sanitizers", "--enable-fuzzing")):
        return os.path.join(SRC, "src", "tidings")
    build = os.path.join(work, "build")
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=SRC,
                           check=True, capture_output=True).stdout
    tar = subprocess.run(["tar", "--null", "-T", "-", "-cf", "-"], cwd=SRC, input=files,
                         check=True, capture_output=True).stdout
    stamp = hashlib.sha1(tar).hexdigest()
    binary = os.path.join(build, "src", "tidings")
    if os.path.exists(binary) and os.path.exists(build + ".stamp") and open(build + ".stamp").read() == stamp:
        return binary
    print("run.py: building an optimized tidings in %s (log %s.log)" % (build, build), file=sys.stderr)
    shutil.rmtree(build, ignore_errors=True)
    os.makedirs(build)
    subprocess.run(["tar", "-xf", "-"], cwd=build, input=tar, check=True)
    with open(build + ".log", "w") as log:
        subprocess.run("autoreconf -fi && ./configure && make -j%d" % os.cpu_count(), shell=True,
                       cwd=build, stdout=log, stderr=log, check=True)
    open(build + ".stamp", "w").write(stamp)
    return binary


def run(argv, stdout=subprocess.DEVNULL):
    """Run argv; (wall seconds, CPU seconds, exit status, output)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE if stdout is None else stdout,
                         stderr=subprocess.DEVNULL)
    out = p.stdout.read() if stdout is None else b""
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    return wall, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status), out


def timed_rss(argv, count_lines=False):
    """One run under /usr/bin/time (a fork of this Python would count
    Python's own memory as the child's): (wall s, CPU s, RSS KiB, status,
    output)."""
    with tempfile.NamedTemporaryFile("r") as t:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", t.name] + argv,
                           stdout=subprocess.PIPE if count_lines else subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        user, system, rss = t.read().split()[-3:]
    return wall, float(user) + float(system), int(rss), p.returncode, p.stdout or b""


def measure(argv, runs, count_lines=False):
    """Median and best wall time and median CPU time of runs (timed bare),
    the peak RSS of one more; a single run (newsboat's minutes) is timed
    and sized at once."""
    if runs == 1:
        wall, cpu, rss, rc, out = timed_rss(argv, count_lines)
        return {"ms": wall * 1000, "best": wall * 1000, "cpu": cpu * 1000, "kib": rss, "rc": rc,
                "lines": out.count(b"\n") if count_lines else None}
    results = [run(argv, None if count_lines else subprocess.DEVNULL) for _ in range(runs)]
    walls = sorted(r[0] for r in results)
    cpus = sorted(r[1] for r in results)
    return {"ms": walls[len(walls) // 2] * 1000, "best": walls[0] * 1000,
            "cpu": cpus[len(cpus) // 2] * 1000, "kib": timed_rss(argv)[2],
            "rc": max(r[2] for r in results),
            "lines": results[-1][3].count(b"\n") if count_lines else None}


def fill_tidings(tidings, data, cache, urls, feeds):
    """Every feed file through one import-feed (a transaction a feed, as a
    refresh writes them); then every tenth item read, as in newsboat's."""
    for f in (cache, cache + "-wal", cache + "-shm"):
        if os.path.exists(f):
            os.unlink(f)
    pairs = []
    with open(urls, "w") as fp:
        for f in range(feeds):
            url = "http://feeds%d.example/%04d.xml" % (f % 50, f)
            pairs += [os.path.join(data, "feeds", "%04d.xml" % f), url]
            fp.write(url + "\n")
    t0 = time.perf_counter()
    subprocess.run([tidings, "--cache", cache, "--urls", urls, "import-feed"] + pairs,
                   check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t0
    con = sqlite3.connect(cache)
    con.execute("UPDATE items SET read = 1 WHERE CAST(substr(guid, 24) AS INTEGER) % 10 = 0")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return elapsed


def prepare(args, work, tidings):
    data = os.path.join(work, "data")
    sizes = "%d %d" % (args.feeds, args.items)
    stamp = os.path.join(work, "sizes")
    if not os.path.exists(stamp) or open(stamp).read() != sizes:
        print("run.py: generating %d feeds x %d items in %s" % (args.feeds, args.items, data),
              file=sys.stderr)
        shutil.rmtree(data, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "gen.py"), data,
                        str(args.feeds), str(args.items)], check=True)
        for f in ("big.db", "small.db"):
            if os.path.exists(os.path.join(work, f)):
                os.unlink(os.path.join(work, f))
        open(stamp, "w").write(sizes)
    fill = None
    big = os.path.join(work, "big.db")
    if os.path.exists(big) and os.path.getmtime(big) < os.path.getmtime(tidings):
        os.unlink(big)  # a new tidings may write another schema: fill again
    if not os.path.exists(big):
        print("run.py: loading them into tidings", file=sys.stderr)
        fill = fill_tidings(tidings, data, os.path.join(work, "big.db"),
                            os.path.join(work, "big.urls"), args.feeds)
        fill_tidings(tidings, data, os.path.join(work, "small.db"), os.path.join(work, "small.urls"), 1)
    return data, fill


def row(name, m, goal=None):
    rss = m["kib"] / 1024
    extra = ""
    if goal:
        ms_goal, mb_goal = goal
        ok = m["ms"] < ms_goal and (mb_goal is None or rss < mb_goal)
        extra = "  goal < %d ms%s: %s" % (ms_goal, ", < %d MB" % mb_goal if mb_goal else "",
                                         "met" if ok else "MISSED")
    if m["rc"] != 0:
        extra += "  (exit status %d)" % m["rc"]
    print("%-40s %9.1f ms %9.1f ms %8.1f ms %7.1f MB%s" % (name, m["ms"], m["best"], m["cpu"], rss,
                                                          extra))


HEADER = "%-40s %12s %12s %11s %10s" % ("%s", "median wall", "best wall", "median CPU", "peak RSS")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-newsboat", action="store_true")
    args = ap.parse_args()
    work = os.environ.get("BENCH_DIR", "/tmp/tidings-bench-cache-%d" % os.getuid())
    os.makedirs(work, exist_ok=True)
    tidings = optimized_tidings(work)
    print("run.py: tidings is %s" % tidings, file=sys.stderr)
    data, fill = prepare(args, work, tidings)
    words = json.load(open(os.path.join(data, "words.json")))
    big = [tidings, "--cache", os.path.join(work, "big.db"), "--urls", os.path.join(work, "big.urls")]
    small = [tidings, "--cache", os.path.join(work, "small.db"), "--urls", os.path.join(work, "small.urls")]
    total = args.feeds * args.items
    if fill:
        print("filled %d items through import-feed in %.1f s (%.0f items/s)" % (total, fill, total / fill))
    print("cache: %d feeds, %d items, %.0f MB" % (args.feeds, total, os.path.getsize(os.path.join(work, "big.db")) / 2**20))
    r = {}
    run(big + ["items", "--limit", "50"])  # warm the page cache
    r["tidings --version (the process floor)"] = measure([tidings, "--version"], args.runs)
    r["items --limit 50"] = measure(big + ["items", "--limit", "50"], args.runs)
    r["feeds"] = measure(big + ["feeds"], args.runs)
    r["items --search WORD"] = measure(big + ["items", "--search", words["planted"]], args.runs, True)
    r["items --search COMMON --limit 50"] = measure(big + ["items", "--search", words["common"], "--limit", "50"], args.runs)
    r["items --unread --limit 50"] = measure(big + ["items", "--unread", "--limit", "50"], args.runs)
    r["items --limit 50 (200-item cache)"] = measure(small + ["items", "--limit", "50"], args.runs)
    print()
    print(HEADER % ("tidings (%d items)" % total))
    for name, m in r.items():
        row(name, m, GOALS.get(name))
    got = r["items --search WORD"]["lines"]
    print("search '%s': %d items listed, %d planted: %s" % (words["planted"], got, words["planted_count"],
          "right" if got == words["planted_count"] else "WRONG"))
    nb = os.path.join(data, "newsboat")
    like = ["sqlite3", os.path.join(nb, "cache.db"),
            "SELECT count(*) FROM rss_item WHERE title LIKE '%%%s%%' OR content LIKE '%%%s%%'"
            % (words["planted"], words["planted"])]
    n = {"SQL LIKE scan of newsboat's cache": measure(like, args.runs, True)}
    if not args.no_newsboat:
        n["newsboat -x print-unread"] = measure(["newsboat", "-u", os.path.join(nb, "urls"), "-c",
                                                 os.path.join(nb, "cache.db"), "-C",
                                                 os.path.join(nb, "config"), "-x", "print-unread"], 1, True)
    print()
    print(HEADER % "newsboat 2.21 (same items)")
    for name, m in n.items():
        row(name, m)
    print()
    print("ratios (newsboat / tidings):")
    print("  LIKE scan vs items --search WORD:        %8.1fx time" % (n["SQL LIKE scan of newsboat's cache"]["ms"] / r["items --search WORD"]["ms"]))
    if "newsboat -x print-unread" in n:
        p = n["newsboat -x print-unread"]
        print("  print-unread vs feeds (unread counts):   %8.1fx time, %6.1fx memory" % (p["ms"] / r["feeds"]["ms"], p["kib"] / r["feeds"]["kib"]))
        print("  print-unread vs items --limit 50:        %8.1fx time, %6.1fx memory" % (p["ms"] / r["items --limit 50"]["ms"], p["kib"] / r["items --limit 50"]["kib"]))


if __name__ == "__main__":
    main()
