#!/usr/bin/python3
"""gen_feed.py: writes a realistic RSS 2.0 or Atom 1.0 feed of about a given size, deterministic by seed.

    bench/gen_feed.py --format rss|atom --size 50M [--seed N] [-o FILE] [--stats]

Items look like what news sites and blogs publish: a title with the odd
entity or CDATA section, a link, a guid/id (urn:x-tidings-gen:item:N, N from
1), an RFC 822 (RSS) or RFC 3339 (Atom) date with assorted zones, an author,
one to four categories, an HTML summary and 1-4 KB of HTML content (escaped,
in CDATA, or Atom xhtml). The document is well-formed, so every parser,
xmllint included, reads all of it. Output is streamed: any size runs in a
few MB of memory, so a test can pipe 200 MB straight into a parser.
--stats prints "items=N bytes=B" on stderr at the end.
Python 3 standard library only.
"""

import argparse
import datetime
import random
import sys

WORDS = (
    "the of and to in is for on that with as it was by at from this be are "
    "people time year government world system network kernel release update "
    "security server browser developer community energy climate market city "
    "report study team project open source data model version patch support "
    "policy council election research science health school water transport "
    "café naïve München Zürich Kraków São Paulo jalapeño smörgåsbord Ærø"
).split()

ZONES = ("+0000", "GMT", "-0500", "+0100", "EST", "PDT", "+0530", "-0800", "UT", "+1245")
ATOM_ZONES = ("Z", "+00:00", "-05:00", "+01:00", "+05:30", "-08:00")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CATEGORIES = ("World", "Politics", "Science", "Linux", "Security", "C & C++", "Climate",
              "Éditorial", "Open Source", "Space", "Mobile", "Economy")
AUTHORS = ("Nina Müller", "Kim Lee", "Grace Hopper", "José Álvarez", "Ada Lovelace",
           "Søren Kierkegaard", "Li Wei", "O'Brien, Pat")
SITE = "https://news.example.org"
EPOCH = datetime.datetime(2020, 1, 1)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Pool:
    """Paragraphs and titles drawn once, so that writing an item is only joining strings."""

    def __init__(self, rng):
        self.rng = rng
        self.paragraphs = [self._paragraph(i) for i in range(400)]
        self.escaped = [xml_escape(p) for p in self.paragraphs]

    def _sentence(self, n):
        r = self.rng
        words = [r.choice(WORDS) for _ in range(n)]
        return words[0].capitalize() + " " + " ".join(words[1:]) + r.choice((".", ".", ".", "!", "?"))

    def _paragraph(self, i):
        r = self.rng
        parts = [self._sentence(r.randint(8, 20)) for _ in range(r.randint(2, 5))]
        k = r.randrange(len(parts))
        parts[k] += ' <a href="https://example.com/%s/%d">%s</a>' % (
            r.choice(("wiki", "news", "blog")), i, " ".join(r.choice(WORDS) for _ in range(2)))
        if i % 5 == 0:
            parts.insert(1, "<em>%s</em> &amp; <strong>%s</strong>&nbsp;&mdash;" % (
                r.choice(WORDS), r.choice(WORDS)))
        if i % 7 == 0:
            parts.append('<img src="/img/%d.jpg" alt="photo &quot;%d&quot;">' % (i, i))
        if i % 11 == 0:
            return "<ul><li>%s</li><li>%s</li></ul>" % (parts[0], " ".join(parts[1:]))
        return "<p>" + " ".join(parts) + "</p>"

    def body(self, lo, hi, escaped):
        """Paragraph indexes making lo..hi bytes of HTML, joined as text."""
        r = self.rng
        want = r.randint(lo, hi)
        src = self.escaped if escaped else self.paragraphs
        out, size = [], 0
        while size < want:
            p = src[r.randrange(len(src))]
            out.append(p)
            size += len(p) + 1
        return "\n".join(out)

    def title(self):
        r = self.rng
        words = " ".join(r.choice(WORDS) for _ in range(r.randint(4, 10))).capitalize()
        return words


def when(rng, n):
    """Item n's time: about half an hour after item n-1, from 2020 on."""
    return EPOCH + datetime.timedelta(seconds=n * 1789 + rng.randrange(1200))


def rfc822(rng, n):
    t = when(rng, n)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        DAYS[t.weekday()], t.day, MONTHS[t.month - 1], t.year,
        t.hour, t.minute, t.second, rng.choice(ZONES))


def rfc3339(rng, n):
    t = when(rng, n)
    frac = ".%03d" % rng.randrange(1000) if n % 4 == 0 else ""
    return t.strftime("%Y-%m-%dT%H:%M:%S") + frac + rng.choice(ATOM_ZONES)


def rss_title(pool, n):
    t = pool.title()
    if n % 9 == 0:
        return "<title><![CDATA[%s & <i>more</i>]]></title>" % t
    if n % 6 == 0:
        return "<title>%s &amp; %s &#8212; &#x201C;quoted&#x201D;</title>" % (t, pool.rng.choice(WORDS))
    return "<title>%s</title>" % xml_escape(t)


def rss_item(pool, n):
    r = pool.rng
    cats = "".join("<category>%s</category>\n" % xml_escape(c)
                   for c in r.sample(CATEGORIES, r.randint(1, 4)))
    content = pool.body(1024, 4096, escaped=False)
    if n % 3 == 0:
        body = "<content:encoded>%s</content:encoded>\n" % xml_escape(content)
    else:
        body = "<content:encoded><![CDATA[%s]]></content:encoded>\n" % content
    enclosure = ""
    if n % 10 == 0:
        enclosure = '<enclosure url="https://cdn.example.net/media/%d.mp3" length="%d" type="audio/mpeg"/>\n' % (
            n, r.randrange(1 << 20, 1 << 26))
    return ("<item>\n%s\n<link>%s/%d/story-%d</link>\n"
            '<guid isPermaLink="false">urn:x-tidings-gen:item:%d</guid>\n'
            "<pubDate>%s</pubDate>\n<dc:creator>%s</dc:creator>\n%s"
            "<description>%s</description>\n%s%s</item>\n") % (
        rss_title(pool, n), SITE, 2020 + n % 5, n, n, rfc822(r, n),
        xml_escape(r.choice(AUTHORS)), cats, pool.body(150, 400, escaped=True),
        body, enclosure)


def atom_entry(pool, n):
    r = pool.rng
    cats = "".join('<category term="%s"/>\n' % xml_escape(c).replace('"', "&quot;")
                   for c in r.sample(CATEGORIES, r.randint(1, 4)))
    if n % 7 == 0:
        title = '<title type="html">%s &lt;em&gt;&amp;amp;&lt;/em&gt; more</title>' % xml_escape(pool.title())
    else:
        title = "<title>%s</title>" % xml_escape(pool.title())
    if n % 5 == 0:
        html = pool.body(1024, 4096, escaped=False)
        # XML defines neither &nbsp; nor &mdash;, and <img> must close itself.
        html = fix_void(html.replace("&nbsp;", "&#160;").replace("&mdash;", "&#8212;"))
        content = ('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>\n'
                   % html)
    elif n % 2 == 0:
        content = '<content type="html"><![CDATA[%s]]></content>\n' % pool.body(1024, 4096, escaped=False)
    else:
        content = '<content type="html">%s</content>\n' % pool.body(1024, 4096, escaped=True)
    updated = rfc3339(r, n)
    return ("<entry>\n%s\n"
            '<link rel="alternate" type="text/html" href="%s/%d/story-%d"/>\n'
            "<id>urn:x-tidings-gen:item:%d</id>\n<published>%s</published>\n"
            "<updated>%s</updated>\n<author><name>%s</name></author>\n%s"
            '<summary type="html">%s</summary>\n%s</entry>\n') % (
        title, SITE, 2020 + n % 5, n, n, updated, updated,
        xml_escape(r.choice(AUTHORS)), cats, pool.body(150, 400, escaped=True), content)


def fix_void(s):
    """XHTML needs <img .../>: close the one void element the pool uses."""
    out, i = [], 0
    while True:
        j = s.find("<img ", i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        k = s.find(">", j)
        out.append(s[i:k])
        out.append("/>" if s[k - 1] != "/" else ">")
        i = k + 1


RSS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Example News &amp; Views</title>
<link>%s/</link>
<atom:link href="%s/feed.xml" rel="self" type="application/rss+xml"/>
<description>All the news that fits &#8212; generated edition</description>
<language>en-us</language>
<lastBuildDate>Fri, 01 Mar 2024 04:00:00 -0800</lastBuildDate>
<ttl>60</ttl>
""" % (SITE, SITE)
RSS_TAIL = "</channel>\n</rss>\n"
ATOM_HEAD = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title type="text">Example News &amp; Views</title>
<subtitle>All the news that fits &#8212; generated edition</subtitle>
<link rel="alternate" type="text/html" href="%s/"/>
<link rel="self" type="application/atom+xml" href="%s/atom.xml"/>
<id>urn:x-tidings-gen:feed</id>
<updated>2024-03-01T12:00:00Z</updated>
""" % (SITE, SITE)
ATOM_TAIL = "</feed>\n"


def parse_size(s):
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper().rstrip("B")
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


def generate(fmt, size, seed, out):
    rng = random.Random(seed)
    pool = Pool(rng)
    head, tail, item = (RSS_HEAD, RSS_TAIL, rss_item) if fmt == "rss" else (ATOM_HEAD, ATOM_TAIL, atom_entry)
    written = out.write(head.encode())
    n = 0
    batch, batch_len = [], 0
    while written + batch_len + len(tail) < size:
        n += 1
        b = item(pool, n).encode()
        batch.append(b)
        batch_len += len(b)
        if batch_len > (1 << 20):
            written += out.write(b"".join(batch))
            batch, batch_len = [], 0
    written += out.write(b"".join(batch))
    written += out.write(tail.encode())
    out.flush()
    return n, written


def main():
    ap = argparse.ArgumentParser(description="Write a realistic RSS 2.0 or Atom feed of about SIZE bytes.")
    ap.add_argument("--format", choices=("rss", "atom"), default="rss")
    ap.add_argument("--size", default="1M", help="bytes, or with K/M/G (default 1M)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", help="file to write (default stdout)")
    ap.add_argument("--stats", action="store_true", help='print "items=N bytes=B" on stderr')
    a = ap.parse_args()
    try:
        if a.output:
            with open(a.output, "wb") as f:
                n, written = generate(a.format, parse_size(a.size), a.seed, f)
        else:
            n, written = generate(a.format, parse_size(a.size), a.seed, sys.stdout.buffer)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    if a.stats:
        print("items=%d bytes=%d" % (n, written), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
