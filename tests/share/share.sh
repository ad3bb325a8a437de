#!/bin/sh
# share.sh: `tidings share ID|URL`: every service's exact link for a cached article, --json, --service, user templates.
. "$top_srcdir/tests/lib/tap.sh"
[ -x /usr/bin/python3 ] || skip_all "python3 is needed"
PY=/usr/bin/python3
CONF=$T/config.txt
: >"$CONF"
tid() { "$TIDINGS" --config "$CONF" --urls "$T/urls" --cache "$T/cache.db" "$@"; }

# The article: a title with blanks, &, #, ?, %, quotes, non-ASCII and an escape
# sequence; a link with a query string and a fragment.
TITLE='Café "Zürich" & co: 50% off? #1 '"'now'"' — 日本'
LINK='https://example.org/news/item?id=42&lang=de#top'
cat >"$T/feed.xml" <<'EOF2'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title><link>https://example.org/</link>
<item><guid>a1</guid><title>Café "Zürich" &amp; co: 50% off? #1 'now' — 日本</title>
<link>https://example.org/news/item?id=42&amp;lang=de#top</link>
<description>&lt;p&gt;First &lt;b&gt;paragraph&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><guid>a2</guid><title>No link here</title></item>
</channel></rss>
EOF2
tid import-feed "$T/feed.xml" https://example.org/feed.xml >/dev/null
ID=$(tid items --json | $PY -c 'import json,sys; print([i["id"] for i in json.load(sys.stdin) if i["link"]][0])')
NOLINK=$(tid items --json | $PY -c 'import json,sys; print([i["id"] for i in json.load(sys.stdin) if not i["link"]][0])')

# expected links, from each service's documented format and Python's encoder
expected() { # expected TITLE LINK [MASTODON-HOST]
	$PY - "$@" <<'EOF2'
import sys
from urllib.parse import quote
t, u = quote(sys.argv[1], safe=""), quote(sys.argv[2], safe="")
host = sys.argv[3] if len(sys.argv) > 3 else "https://mastodon.social"
sp = "%20" if t else ""
rows = [
    ("email", "mailto:?subject=%s&body=%s" % (t, u)),
    ("mastodon", "%s/share?text=%s%s%s" % (host, t, sp, u)),
    ("bluesky", "https://bsky.app/intent/compose?text=%s%s%s" % (t, sp, u)),
    ("x", "https://x.com/intent/tweet?text=%s&url=%s" % (t, u)),
    ("facebook", "https://www.facebook.com/sharer/sharer.php?u=%s" % u),
    ("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=%s" % u),
    ("reddit", "https://www.reddit.com/submit?url=%s&title=%s" % (u, t)),
    ("hackernews", "https://news.ycombinator.com/submitlink?u=%s&t=%s" % (u, t)),
    ("telegram", "https://t.me/share/url?url=%s&text=%s" % (u, t)),
    ("whatsapp", "https://wa.me/?text=%s%s%s" % (t, sp, u)),
]
for name, url in rows:
    print("%-10s  %s" % (name, url))
EOF2
}

out=$(tid share "$ID"); rc=$?
same "share ID exits 0" "$rc" 0
same "share ID: every service, in order, with its exact link" "$out" "$(expected "$TITLE" "$LINK")"
contains "the title is encoded (golden)" "$out" \
	"x           https://x.com/intent/tweet?text=Caf%C3%A9%20%22Z%C3%BCrich%22%20%26%20co%3A%2050%25%20off%3F%20%231%20%27now%27%20%E2%80%94%20%E6%97%A5%E6%9C%AC&url=https%3A%2F%2Fexample.org%2Fnews%2Fitem%3Fid%3D42%26lang%3Dde%23top"

json=$(tid share "$ID" --json); rc=$?
same "share --json exits 0" "$rc" 0
same "--json: an array of {service, url}, the same links" \
	"$(printf '%s' "$json" | $PY -c '
import json, sys
d = json.load(sys.stdin)
assert isinstance(d, list) and all(sorted(o) == ["service", "url"] for o in d), d
print("\n".join("%-10s  %s" % (o["service"], o["url"]) for o in d))')" "$(expected "$TITLE" "$LINK")"

out=$(tid share --service Reddit "$ID")
same "--service NAME prints that link alone" "$out" \
	"https://www.reddit.com/submit?url=https%3A%2F%2Fexample.org%2Fnews%2Fitem%3Fid%3D42%26lang%3Dde%23top&title=Caf%C3%A9%20%22Z%C3%BCrich%22%20%26%20co%3A%2050%25%20off%3F%20%231%20%27now%27%20%E2%80%94%20%E6%97%A5%E6%9C%AC"
same "--service with --json is a one-element array" \
	"$(tid share "$ID" --service email --json | $PY -c 'import json,sys; d=json.load(sys.stdin); print(len(d), d[0]["service"])')" "1 email"
tid share --service myspace "$ID" >"$T/out" 2>"$T/err"; rc=$?
same "an unknown service is bad usage" "$rc" 2
same "with one line on stderr" "$(wc -l <"$T/err")" 1
contains "naming the services there are" "$(cat "$T/err")" "email, mastodon, bluesky, x, facebook, linkedin, reddit, hackernews, telegram, whatsapp"

# a URL: the cache lends the title of its item
same "share URL of a cached item uses its title" "$(tid share "$LINK")" "$(expected "$TITLE" "$LINK")"
OTHER='https://other.example/p?c=1&d=2'
same "share URL the cache does not know: the link alone" "$(tid share "$OTHER")" "$(expected "" "$OTHER")"
"$TIDINGS" --config "$CONF" --urls "$T/urls2" --cache "$T/nocache/cache.db" share "$OTHER" >/dev/null; rc=$?
same "share URL works without a cache" "$rc" 0
test -e "$T/nocache/cache.db"; same "and does not create one" "$?" 1

# errors
tid share 99999 2>"$T/err"; rc=$?
same "an unknown id fails" "$rc" 1
same "saying so" "$(cat "$T/err")" "tidings: no item 99999"
tid share "$NOLINK" 2>"$T/err"; rc=$?
same "an item without a link fails" "$rc" 1
contains "saying so" "$(cat "$T/err")" "has no link to share"
tid share "javascript:alert(1)" 2>"$T/err"; rc=$?
same "something that is neither id nor http(s) URL is bad usage" "$rc" 2
tid share 2>/dev/null; same "share without an argument is bad usage" "$?" 2
tid share 1 2 2>/dev/null; same "share with two is bad usage" "$?" 2

# the config: share lines and mastodon-instance
cat >"$CONF" <<'EOF2'
set mastodon-instance hachyderm.io
share archive https://web.archive.org/save/%u
share bad!name https://x/%u
share pinboard "https://pinboard.in/add?url=%u&title=%t&description=%s"
EOF2
out=$(tid share "$ID" 2>"$T/err"); rc=$?
same "a bad share line does not stop the rest" "$rc" 0
same "it is reported with its line number" "$(cat "$T/err")" \
	"tidings: config:3: share name 'bad!name' must be letters, digits, '-', '_' or '.'"
same "user services follow the built-ins" "$(printf '%s\n' "$out" | cut -c1-10 | tr -d ' ' | tr '\n' ' ')" \
	"email mastodon bluesky x facebook linkedin reddit hackernews telegram whatsapp archive pinboard "
contains "mastodon-instance picks the server" "$out" "mastodon    https://hachyderm.io/share?text=Caf%C3%A9"
contains "a user template" "$out" "archive     https://web.archive.org/save/https%3A%2F%2Fexample.org%2Fnews%2Fitem%3Fid%3D42%26lang%3Dde%23top"
contains "%s is the summary as plain text" "$out" "&description=First%20paragraph."
printf 'share x https://twitter.com/intent/tweet?text=%%t&url=%%u\n' >"$CONF"
same "a share line can replace a built-in, keeping its place" \
	"$(tid share "$ID" | sed -n 4p | cut -c1-45)" "x           https://twitter.com/intent/tweet?"
done_testing
