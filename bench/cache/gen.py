#!/usr/bin/python3
"""gen.py: the data of bench/cache: N feeds x M items as RSS files, a urls
file, and the same items in a newsboat 2.21 cache (rss_feed/rss_item rows).

    gen.py DIR [FEEDS] [ITEMS_PER_FEED]

Writes DIR/feeds/NNNN.xml, DIR/urls, DIR/newsboat/{urls,config,cache.db}
(the schema is made by newsboat itself, then filled here) and DIR/words.json:
the planted search word with its exact count, and a common word.
Deterministic: the same arguments give the same bytes.
"""
import html
import json
import os
import random
import sqlite3
import subprocess
import sys
import time

PLANTED = "quetzalcoatl"   # no syllable below makes a 'q': it is only where we put it
PLANT_EVERY = 131          # about 1,527 of 200,000 items
SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
             "na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu "
             "zan zen zin zon ter mar por lin gal dor").split()


def vocabulary(rnd, n):
    words = set()
    while len(words) < n:
        words.add("".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))))
    return sorted(words)


def zipf_picker(rnd, words):
    """Pick words with a Zipf-like skew, as in real text."""
    weights = [1.0 / (i + 1) for i in range(len(words))]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)

    def pick(k):
        return rnd.choices(words, cum_weights=cum, k=k)
    return pick


def item_text(rnd, pick, planted):
    paras = []
    for _ in range(rnd.randint(2, 6)):
        words = pick(rnd.randint(25, 70))
        if planted and not paras:
            words[rnd.randrange(len(words))] = PLANTED
        paras.append("<p>" + " ".join(words).capitalize() + ".</p>")
    return "".join(paras)


def generate(out, feeds, per_feed):
    rnd = random.Random(20240101)
    words = vocabulary(rnd, 6000)
    pick = zipf_picker(rnd, words)
    os.makedirs(os.path.join(out, "feeds"), exist_ok=True)
    urls = []
    rows = []      # newsboat rss_item rows
    planted = 0
    base = 1704067200  # 2024-01-01
    for f in range(feeds):
        url = "http://feeds%d.example/%04d.xml" % (f % 50, f)
        urls.append(url)
        title = "Feed %04d %s" % (f, " ".join(pick(2)))
        parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                 '<title>%s</title><link>http://site%d.example/</link>\n' % (title, f)]
        for i in range(per_feed):
            n = f * per_feed + i
            plant = n % PLANT_EVERY == 0
            planted += plant
            it_title = " ".join(pick(rnd.randint(4, 9))).capitalize()
            body = item_text(rnd, pick, plant)
            when = base + rnd.randint(0, 365 * 24 * 3600)
            guid = "tag:bench.example,2024:%d" % n
            link = "http://site%d.example/%d.html" % (f, n)
            pub = rfc822(when)
            parts.append("<item><guid>%s</guid><title>%s</title><link>%s</link>"
                         "<author>writer%d@example.com (Writer %d)</author>"
                         "<pubDate>%s</pubDate><description>%s</description></item>\n"
                         % (guid, html.escape(it_title), link, n % 97, n % 97, pub,
                            html.escape(body)))
            rows.append((guid, it_title, "Writer %d" % (n % 97), link, url, when, body,
                         0 if n % 10 == 0 else 1))
        parts.append("</channel></rss>\n")
        with open(os.path.join(out, "feeds", "%04d.xml" % f), "w") as fp:
            fp.write("".join(parts))
    with open(os.path.join(out, "urls"), "w") as fp:
        fp.write("".join(u + "\n" for u in urls))
    common = words[2]
    with open(os.path.join(out, "words.json"), "w") as fp:
        json.dump({"planted": PLANTED, "planted_count": planted, "common": common}, fp)
    newsboat_cache(out, urls, rows)


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def rfc822(t):
    g = time.gmtime(t)
    return "%s, %02d %s %d %02d:%02d:%02d GMT" % (DAYS[g.tm_wday], g.tm_mday, MONTHS[g.tm_mon - 1],
                                                 g.tm_year, g.tm_hour, g.tm_min, g.tm_sec)


def newsboat_cache(out, urls, rows):
    nb = os.path.join(out, "newsboat")
    os.makedirs(nb, exist_ok=True)
    db = os.path.join(nb, "cache.db")
    if os.path.exists(db):
        os.unlink(db)
    open(os.path.join(nb, "config"), "w").close()
    with open(os.path.join(nb, "urls"), "w") as fp:
        fp.write("".join(u + "\n" for u in urls))
    # newsboat makes its own schema; we only fill it
    subprocess.run(["newsboat", "-u", os.path.join(nb, "urls"), "-c", db, "-C",
                    os.path.join(nb, "config"), "-x", "print-unread"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    con = sqlite3.connect(db)
    con.executemany("INSERT OR REPLACE INTO rss_feed(rssurl, url, title) VALUES (?, ?, ?)",
                    [(u, "http://site%d.example/" % i, "Feed %04d" % i) for i, u in enumerate(urls)])
    con.executemany("INSERT INTO rss_item(guid, title, author, url, feedurl, pubDate, content,"
                    " unread) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    generate(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000,
             int(sys.argv[3]) if len(sys.argv) > 3 else 200)
