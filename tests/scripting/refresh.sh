#!/bin/sh
# refresh.sh: what the configuration does to a refresh: per-feed settings (user-agent, proxy, max-items, reload time, full articles), ignore rules, run-on-new with JSON, query feeds.
. "$top_srcdir/tests/scripting/lib.sh"

# a feed whose items link to article pages on the same server
cat >"$NETDIR_T/arts.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Articles</title><link>http://127.0.0.1/</link>
<item><guid>p1</guid><title>Sponsored: a product</title><link>LINK/page1.html</link><description>ad</description></item>
<item><guid>p2</guid><title>The long read</title><link>LINK/page2.html</link><description>short summary</description></item>
</channel></rss>
XML
para='<p>The lighthouse keeper climbed the hundred steps every evening, trimmed the wick, wound the clockwork, and watched the ships go by until the sun came up again over the cold grey sea.</p>'
printf '<html><head><title>The long read</title></head><body><nav>Home | About</nav><article><h1>The long read</h1>%s%s%s%s</article><footer>Copyright</footer></body></html>\n' \
	"$para" "$para" "$para" "$para" >"$NETDIR_T/page2.html"
cp "$NETDIR_T/page2.html" "$NETDIR_T/page1.html"
fx=$(fixture refresh.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml"},
 "/atom.xml": {"body_file": "atom.xml"},
 "/arts.xml": {"body_file": "arts.xml"},
 "/page1.html": {"body_file": "page1.html", "headers": {"Content-Type": "text/html"}},
 "/page2.html": {"body_file": "page2.html", "headers": {"Content-Type": "text/html"}}}
JSON
)
start_server "$fx"
sed -i "s|LINK|$URL|" "$NETDIR_T/arts.xml"

cat >"$T/urls" <<URLS
$URL/rss.xml news "~The RSS" # reload-minutes=15 max-items=2 user-agent="Feed reader/9 (test)"
$URL/arts.xml long full-article=yes
http://feeds.example.invalid/atom.xml world proxy=$URL
"query:Long reads:tags # \"long\" and unread = yes"
URLS
cat >"$T/config" <<CONF
run-on-new $T/rec --new
ignore * title =~ "^sponsored"
ignore tag:world author # "nobody"
query Everything unread = yes
CONF

out=$(refresh); rc=$?
same "the refresh exits 0" "$rc" 0
contains "the RSS feed's three items came" "$out" "$URL/rss.xml: 3 new"
contains "the ignored item is not news" "$out" "$URL/arts.xml: 1 new"
same "and is not in any list" "$(tid items --feed "$URL/arts.xml" | grep -c Sponsored)" 0
contains "the RSS feed was asked for with its own user agent" "$(grep '"path": "/rss.xml"' "$SLOG")" '"ua": "Feed reader/9 (test)"'
contains "the others with tidings'" "$(grep '"path": "/arts.xml"' "$SLOG")" '"ua": "tidings/'
contains "the atom feed came through its own proxy" "$(cat "$SLOG")" '"proxied": "feeds.example.invalid"'
contains "and its items are stored" "$out" "http://feeds.example.invalid/atom.xml: 2 new"
due=$(sql "SELECT next_due - last_fetch FROM feeds WHERE url = '$URL/rss.xml'")
check "the RSS feed is due again in 15 minutes, not its ttl's 30 (got ${due}s)" test "$due" -ge 895 -a "$due" -le 905
contains "the full article was fetched during the refresh" "$(cat "$SLOG")" '"path": "/page2.html"'
check "not for the ignored item" test "$(grep -c '"path": "/page1.html"' "$SLOG")" -eq 0
contains "the article's text is in the cache" "$(sql "SELECT article_text FROM items WHERE guid = 'p2'")" "The lighthouse keeper climbed"
same "and searchable" "$(tid items --search lighthouse | grep -c 'The long read')" 1

# run-on-new got one JSON document of the new items
/usr/bin/python3 - "$T/stdin" >"$T/json.out" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(d["count"], d["more"], len(d["items"]))
print(sorted(d["items"][0].keys()))
print(sorted(set(i["feed"].rsplit("/", 1)[1] for i in d["items"])))
print(all(i["read"] is False and isinstance(i["id"], int) for i in d["items"]))
PY
same "run-on-new gets valid JSON: a count and the items" "$(cat "$T/json.out")" "6 False 6
['author', 'enclosures', 'feed', 'feed_title', 'flagged', 'id', 'link', 'published', 'read', 'title']
['arts.xml', 'atom.xml', 'rss.xml']
True"
argv_is "with its arguments" "--new"
same "and TIDINGS_NEW in its environment" "$(cat "$T/env")" "TIDINGS_NEW=6"

rm -f "$T/stdin"
out=$(refresh)
check "a refresh without new items runs no hook" test ! -e "$T/stdin"

same "a query feed of the config lists its items" "$(tid items --feed query:Everything | wc -l)" 6
same "a query feed of the urls file too" "$(tid items --feed query:"Long reads" | grep -c 'The long read')" 1
out=$(tid items --feed query:Nothing 2>&1); rc=$?
same "an unknown query feed fails" "$rc" 1
contains "and says where they come from" "$out" "no query feed named 'Nothing'"
tid items --feed "query:Long reads" --json >"$T/q.json"
same "query feeds print JSON like any list" "$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$T/q.json")" 1

# the RSS feed's own max-items: read items beyond 2 go (unread recent ones always stay)
sql "UPDATE items SET read = 1"
refresh >/dev/null
same "the RSS feed keeps 2 read items (its max-items=2)" "$(sql "SELECT count(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '$URL/rss.xml' AND i.deleted = 0")" 2
same "the others keep theirs (no global max-items)" "$(sql "SELECT count(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url LIKE '%atom.xml' AND i.deleted = 0")" 2

# -x refresh-all runs the hook too
sed -i 's|</channel>|<item><guid>a9</guid><title>Ninth</title><link>http://example.org/9</link></item></channel>|' "$NETDIR_T/rss.xml"
out=$(x refresh-all 2>&1)
contains "-x refresh-all fetches again" "$out" "1 new"
contains "and runs run-on-new with the new item" "$(cat "$T/stdin")" '{"count":1,"more":false,"items":[{'
done_testing
