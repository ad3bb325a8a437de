#!/usr/bin/python3
"""score.py: run `tidings extract` on test pages and print each page's F1.

Usage: score.py TIDINGS DIR   (DIR/<case>/source.html and expected.txt)
Prints "<case> <f1>" per case. The metric is the token 4-gram (shingle)
F1 of readability_eval.py: tokens are runs of \\w characters; a page of
1-3 tokens is one short shingle; a failed run scores 0.
"""
import os
import re
import subprocess
import sys
from collections import Counter

TOKEN = re.compile(r"\w+")


def shingles(text, n=4):
    toks = TOKEN.findall(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def f1(expected, output):
    exp, out = shingles(expected), shingles(output)
    tp = sum((exp & out).values())
    fp = sum((out - exp).values())
    fn = sum((exp - out).values())
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0:
        return 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


def main():
    tidings, corpus = sys.argv[1], sys.argv[2]
    for case in sorted(os.listdir(corpus)):
        src = os.path.join(corpus, case, "source.html")
        if not os.path.isfile(src):
            continue
        with open(os.path.join(corpus, case, "expected.txt"), encoding="utf-8") as f:
            expected = f.read()
        run = subprocess.run([tidings, "extract", src], capture_output=True, timeout=60)
        output = run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""
        print("%s %.3f" % (case, f1(expected, output)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
