#!/usr/bin/python3
"""gen.py: write the feed farm: N feeds x M items, RSS 2.0 and Atom 1.0 alternating,
each item carrying 1-4 KB of HTML.  usage: gen.py DIR [FEEDS] [ITEMS]"""
import os
import random
import sys
from xml.sax.saxutils import escape

WORDS = ("the of and to in is that for it as was with be by on not he this are or his from at "
         "which but have an they you were her she there been one all we their has would when if "
         "so no will more can about said some what out up into them time only new other could "
         "feed reader terminal article cache network parser latency window server browser").split()


def html(rng):
    want = rng.randint(1100, 4200)
    parts = []
    size = 0
    while size < want:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        p = "<p>%s <a href=\"https://example.com/%d\">link</a> <em>%s</em></p>" % (
            words, rng.randint(1, 10**6), rng.choice(WORDS))
        parts.append(p)
        size += len(p)
    return "\n".join(parts)


def rss(n, items, rng):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
           "<title>Farm feed %d</title><link>https://farm.example/%d/</link>" % (n, n),
           "<description>bench feed</description>"]
    for i in range(items):
        day = 1 + (i % 28)
        out.append("<item><title>Feed %d item %d</title><link>https://farm.example/%d/%d</link>"
                   "<guid isPermaLink=\"false\">farm-%d-%d</guid>"
                   "<pubDate>Mon, %02d Jan 2024 10:%02d:00 +0000</pubDate>"
                   "<author>writer%d@farm.example (Writer %d)</author>"
                   "<description>%s</description></item>" % (
                       n, i, n, i, n, i, day, i % 60, n % 7, n % 7, escape(html(rng))))
    out.append("</channel></rss>\n")
    return "\n".join(out)


def atom(n, items, rng):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
           "<title>Farm atom %d</title><id>urn:farm:%d</id><link href=\"https://farm.example/%d/\"/>"
           "<updated>2024-01-28T00:00:00Z</updated>" % (n, n, n)]
    for i in range(items):
        day = 1 + (i % 28)
        out.append("<entry><title>Atom %d entry %d</title><id>urn:farm:%d:%d</id>"
                   "<link href=\"https://farm.example/%d/%d\"/>"
                   "<updated>2024-01-%02dT10:%02d:00Z</updated><author><name>Writer %d</name></author>"
                   "<content type=\"html\">%s</content></entry>" % (
                       n, i, n, i, n, i, day, i % 60, n % 7, escape(html(rng))))
    out.append("</feed>\n")
    return "\n".join(out)


def main():
    d = sys.argv[1]
    feeds = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    items = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    os.makedirs(d, exist_ok=True)
    rng = random.Random(20240101)
    total = 0
    for n in range(feeds):
        text = (rss if n % 2 == 0 else atom)(n, items, rng)
        data = text.encode()
        with open(os.path.join(d, "feed%d.xml" % n), "wb") as f:
            f.write(data)
        total += len(data)
    print("%d feeds x %d items, %.1f MB" % (feeds, items, total / 1e6))


main()
