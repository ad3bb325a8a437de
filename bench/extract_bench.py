#!/usr/bin/python3
"""extract_bench.py: time main-article extractors side by side on a page corpus.

Usage: extract_bench.py CORPUS [--runs N] [--only REGEX] NAME=COMMAND...
Each COMMAND is a shell-free argv template in which {file} is the page.
Every page is run as a fresh process (as a user runs it), N times per tool,
interleaved so that load on the machine hits every tool alike; a page's
time is the median of its runs. Prints, per tool: median and p90 wall ms
per page, median CPU ms, median and max peak RSS (MB, from wait4), the
token-shingle F1 against expected.txt (same metric as readability_eval.py),
then each tool's times as a ratio of the first tool's. A tool named
"tidings --version" is shown as a baseline (process start-up and library
loading, no page) and left out of F1 and the ratios.
"""
import os
import re
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "text"))
from score import f1  # noqa: E402  (the tests' scorer: one metric everywhere)


# Rows that measure a floor (e.g. the process start-up alone), not an extractor.
BASELINES = {"tidings --version"}


def run_once(argv):
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    ok = os.waitstatus_to_exitcode(status) == 0
    return (wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024,
            out.decode("utf-8", "replace") if ok else "")


def parse_args(argv):
    corpus, runs, only, tools = None, 3, None, []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--runs":
            runs, i = int(argv[i + 1]), i + 2
            continue
        if a == "--only":
            only, i = argv[i + 1], i + 2
            continue
        if "=" in a and corpus is not None:
            name, cmd = a.split("=", 1)
            tools.append((name, shlex.split(cmd)))
        else:
            corpus = a
        i += 1
    return corpus, runs, only, tools


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main():
    corpus, runs, only, tools = parse_args(sys.argv[1:])
    if not corpus or not tools:
        sys.stderr.write(__doc__)
        return 2
    cases = sorted(c for c in os.listdir(corpus)
                   if os.path.isfile(os.path.join(corpus, c, "source.html"))
                   and (not only or re.search(only, c)))
    res = {name: {"wall": [], "cpu": [], "rss": [], "f1": []} for name, _ in tools}
    for case in cases:
        page = os.path.join(corpus, case, "source.html")
        with open(os.path.join(corpus, case, "expected.txt"), encoding="utf-8") as f:
            expected = f.read()
        per = {name: [] for name, _ in tools}
        for _ in range(runs):
            for name, cmd in tools:
                per[name].append(run_once([a.replace("{file}", page) for a in cmd]))
        for name, _ in tools:
            r = per[name]
            res[name]["wall"].append(statistics.median(x[0] for x in r))
            res[name]["cpu"].append(statistics.median(x[1] for x in r))
            res[name]["rss"].append(max(x[2] for x in r))
            res[name]["f1"].append(f1(expected, r[0][3]))
    print("%d pages, %d runs each, a fresh process per run" % (len(cases), runs))
    print("%-18s %9s %9s %9s %9s %9s %7s" % ("tool", "median ms", "p90 ms", "cpu ms",
                                           "rss MB", "max MB", "F1"))
    for name, _ in tools:
        r = res[name]
        score = "-" if name in BASELINES else "%.3f" % statistics.mean(r["f1"])
        print("%-18s %9.1f %9.1f %9.1f %9.1f %9.1f %7s" % (
            name, statistics.median(r["wall"]), pct(r["wall"], 0.9), statistics.median(r["cpu"]),
            statistics.median(r["rss"]), max(r["rss"]), score))
    base = tools[0][0]
    b = statistics.median(res[base]["wall"])
    for name, _ in tools[1:]:
        if name in BASELINES:
            continue
        m = statistics.median(res[name]["wall"])
        print("%s is %.1fx faster than %s (median wall per page), %.1fx less memory" % (
            base, m / b, name, statistics.median(res[name]["rss"]) / statistics.median(res[base]["rss"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
