#!/usr/bin/python3
"""extract_lxml.py: readability-lxml on one page, for bench/extract.sh.

Usage: extract_lxml.py FILE   prints the article's text (block elements on
their own lines).
"""
import sys

import lxml.html
from readability import Document


def main():
    with open(sys.argv[1], "rb") as f:
        html = f.read().decode("utf-8", "replace")
    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for block in tree.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    sys.stdout.write(tree.text_content().strip() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
