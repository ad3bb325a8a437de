#!/bin/sh
# store-cli.sh: add/remove edit the urls file; feeds/items/show/read/unread/flag on a real cache.
. "$top_srcdir/tests/lib/tap.sh"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is needed"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
URLS="$XDG_CONFIG_HOME/tidings/urls"
CACHE="$XDG_DATA_HOME/tidings/cache.db"

# A feed of 30 items: every third mentions a zebra; titles carry an escape
# sequence that must never reach the terminal.
feed() { # feed FILE N-ITEMS TITLE-PREFIX
	$PY - "$@" <<'EOF'
import sys
path, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path, 'w') as f:
    f.write('<?xml version="1.0"?><rss version="2.0"><channel><title>%s feed</title>'
            '<link>http://site.example/</link>\n' % prefix)
    for i in range(n):
        word = 'zebra' if i % 3 == 0 else 'horse'
        f.write('<item><guid>%s-%d</guid><title>%s %d &#27;[2J</title>'
                '<link>http://site.example/%s/%d</link><author>a@example.com (Ann)</author>'
                '<description>&lt;p&gt;The &lt;b&gt;%s&lt;/b&gt; number %d&lt;/p&gt;</description>'
                '<pubDate>Mon, %02d Jan 2024 10:00:00 GMT</pubDate></item>\n'
                % (prefix, i, prefix, i, prefix, i, word, i, 1 + i % 28))
    f.write('</channel></rss>\n')
EOF
}
json() { # json EXPR < document: evaluate EXPR on the parsed document d
	$PY -c "import json,sys; d=json.load(sys.stdin); print($1)"
}

# ---- add / remove ---------------------------------------------------------
mkdir -p "$(dirname "$URLS")"
printf '# my subscriptions\nhttp://old.example/feed  keep   this\n\n"exec:my-script --x" t\nquery:Q:unread = "yes"\n' >"$URLS"
"$TIDINGS" add http://a.example/feed news "two words" "~A Feed"; rc=$?
same "add exits 0" "$rc" 0
same "add appends a line, quoting what needs it" "$(tail -n 1 "$URLS")" 'http://a.example/feed news "two words" "~A Feed"'
contains "add keeps comments and other lines" "$(cat "$URLS")" '# my subscriptions
http://old.example/feed  keep   this

"exec:my-script --x" t
query:Q:unread = "yes"'
"$TIDINGS" add http://a.example/feed 2>"$T/err"; rc=$?
same "adding a subscribed feed again is fine" "$rc" 0
same "and adds no line" "$(grep -c a.example "$URLS")" 1
"$TIDINGS" add "javascript:alert(1)" 2>"$T/err"; rc=$?
same "add of something that is not a feed address is bad usage" "$rc" 2
same "with one line on stderr" "$(wc -l <"$T/err")" 1
"$TIDINGS" add 2>/dev/null; same "add without a URL is bad usage" "$?" 2
"$TIDINGS" remove http://old.example/feed; rc=$?
same "remove exits 0" "$rc" 0
same "remove drops the line and keeps the rest" "$(cat "$URLS")" '# my subscriptions

"exec:my-script --x" t
query:Q:unread = "yes"
http://a.example/feed news "two words" "~A Feed"'
"$TIDINGS" remove http://never.example/ 2>"$T/err"; rc=$?
same "removing what is not subscribed fails" "$rc" 1
contains "and says so" "$(cat "$T/err")" "not subscribed"
ls "$(dirname "$URLS")" >"$T/ls"
same "the rewrite leaves no temporary file" "$(cat "$T/ls")" "urls"

# ---- a cache from feeds ---------------------------------------------------
feed "$T/a.xml" 30 A
feed "$T/b.xml" 6 B
out=$("$TIDINGS" import-feed "$T/a.xml" http://a.example/feed); rc=$?
same "import-feed loads a feed" "$rc" 0
same "and says what it did" "$out" "http://a.example/feed: 30 new, 0 updated"
"$TIDINGS" import-feed "$T/b.xml" http://b.example/feed >/dev/null
same "import-feed subscribes to a feed that is not in the urls file" "$(grep -c b.example "$URLS")" 1
out=$("$TIDINGS" import-feed "$T/a.xml" http://a.example/feed)
same "loading the same feed again adds nothing" "$out" "http://a.example/feed: 0 new, 0 updated"
test -f "$CACHE"; same "the cache is made at the XDG data path" "$?" 0

"$TIDINGS" feeds --json >"$T/feeds.json"; rc=$?
same "feeds --json exits 0" "$rc" 0
same "feeds --json is an array of the contract's objects" "$(json '[sorted(f) for f in d][0]' <"$T/feeds.json")" \
	"['error', 'last_status', 'link', 'tags', 'title', 'total', 'unread', 'url']"
same "feeds in urls-file order, exec: too" "$(json '[f["url"] for f in d]' <"$T/feeds.json")" \
	"['exec:my-script --x', 'http://a.example/feed', 'http://b.example/feed']"
same "the first feed's fields" "$(json 'd[1]["title"], d[1]["tags"], d[1]["unread"], d[1]["total"], d[1]["last_status"], d[1]["link"]' <"$T/feeds.json")" \
	"A Feed ['news', 'two words'] 30 30 None http://site.example/"
same "a feed without a ~Title has the feed's own" "$(json 'd[2]["title"]' <"$T/feeds.json")" "B feed"
out=$("$TIDINGS" feeds)
contains "feeds prints counts and titles" "$out" "   30/30    A Feed  <http://a.example/feed>"

"$TIDINGS" items --json >"$T/items.json"; rc=$?
same "items --json exits 0" "$rc" 0
same "items --json objects have the contract's keys" "$(json 'sorted(d[0])' <"$T/items.json")" \
	"['author', 'enclosures', 'feed', 'flagged', 'id', 'link', 'published', 'read', 'title']"
same "every item is listed" "$(json 'len(d)' <"$T/items.json")" 36
same "newest first" "$(json 'all(d[i]["published"] >= d[i+1]["published"] for i in range(len(d)-1))' <"$T/items.json")" True
same "ids are integers" "$(json 'all(type(i["id"]) is int for i in d)' <"$T/items.json")" True
same "--limit" "$("$TIDINGS" items --limit 7 --json | json 'len(d)')" 7
same "--feed" "$("$TIDINGS" items --feed http://b.example/feed --json | json 'len(d), set(i["feed"] for i in d)')" \
	"6 {'http://b.example/feed'}"
"$TIDINGS" items --feed http://nope.example/ 2>/dev/null; same "--feed of an unknown feed fails" "$?" 1
same "--search counts the matching items" "$("$TIDINGS" items --search zebra --json | json 'len(d)')" 12
same "--search with two words ANDs them" "$("$TIDINGS" items --search "zebra number" --feed http://b.example/feed --json | json 'len(d)')" 2
"$TIDINGS" items --search '"' 2>"$T/err"; rc=$?
same "a search with nothing to look for is bad usage, not a crash" "$rc" 2
same "the search says why in one line" "$(wc -l <"$T/err")" 1
"$TIDINGS" items --search 'NEAR( OR "x' >/dev/null 2>&1; rc=$?
same "FTS syntax typed by the user is just words" "$rc" 0
"$TIDINGS" items --limit 0 2>/dev/null; same "--limit 0 is bad usage" "$?" 2
"$TIDINGS" items --bogus 2>/dev/null; same "an unknown option is bad usage" "$?" 2
out=$("$TIDINGS" items --limit 3)
case $out in *"$(printf '\033')"*) fail "items text output carries no escape sequence" ;; *) pass "items text output carries no escape sequence" ;; esac

# ---- read / unread / flag -------------------------------------------------
ids=$(json '" ".join(str(i["id"]) for i in d if i["feed"].startswith("http://b."))' <"$T/items.json")
set -- $ids
"$TIDINGS" read "$1" "$2" "$3"; rc=$?
same "read exits 0" "$rc" 0
same "read marks items read" "$("$TIDINGS" items --feed http://b.example/feed --unread --json | json 'len(d)')" 3
same "the unread count follows" "$("$TIDINGS" feeds --json | json 'd[2]["unread"], d[2]["total"]')" "3 6"
"$TIDINGS" unread "$1"
same "unread marks an item unread" "$("$TIDINGS" items --feed http://b.example/feed --unread --json | json 'len(d)')" 4
"$TIDINGS" flag "$4" "$5"
same "flag flags items" "$("$TIDINGS" items --flagged --json | json "sorted(i['id'] for i in d) == sorted([$4, $5])")" True
"$TIDINGS" unflag "$5"
same "unflag takes it off" "$("$TIDINGS" items --flagged --json | json '[i["id"] for i in d]')" "[$4]"
"$TIDINGS" read "$6" 999999 2>"$T/err"; rc=$?
same "read with an unknown id fails" "$rc" 1
contains "and names it" "$(cat "$T/err")" "999999"
same "the known id was still marked" "$("$TIDINGS" items --feed http://b.example/feed --unread --json | json 'len(d)')" 3
"$TIDINGS" unread "$6" x12 2>/dev/null; rc=$?
same "read with a bad id is bad usage" "$rc" 2
same "and changes nothing" "$("$TIDINGS" items --feed http://b.example/feed --unread --json | json 'len(d)')" 3
"$TIDINGS" import-feed "$T/b.xml" http://b.example/feed >/dev/null
sed -i 's/number/NUMBER/' "$T/b.xml"
out=$("$TIDINGS" import-feed "$T/b.xml" http://b.example/feed)
same "a changed feed updates its items" "$out" "http://b.example/feed: 0 new, 6 updated"
same "a refresh keeps read and flag state" \
	"$("$TIDINGS" items --feed http://b.example/feed --json | json 'sum(not i["read"] for i in d), sum(i["flagged"] for i in d)')" "3 1"

# ---- show -------------------------------------------------------------------
out=$("$TIDINGS" show "$1"); rc=$?
same "show exits 0" "$rc" 0
contains "show has a header" "$out" "Title: B 5 [2J
Feed: B feed
Author: Ann
Date: 2024-01-06T10:00:00Z
Link: http://site.example/B/5"
contains "and the text without tags" "$out" "The horse NUMBER 5"
case $out in *"$(printf '\033')"*|*"<b>"*) fail "show prints no escape sequence and no markup" ;; *) pass "show prints no escape sequence and no markup" ;; esac
"$TIDINGS" show 424242 2>/dev/null; same "show of an unknown id fails" "$?" 1
"$TIDINGS" show abc 2>/dev/null; same "show of a bad id is bad usage" "$?" 2

# ---- the urls file rules the lists -------------------------------------------
sed -i '/b.example/d' "$URLS"
same "a feed taken out of the urls file leaves the feed list" "$("$TIDINGS" feeds --json | json 'len(d)')" 2
same "and its items leave the item list" "$("$TIDINGS" items --json | json 'len(d)')" 30
echo "http://b.example/feed" >>"$URLS"
same "put back, it keeps its read state" "$("$TIDINGS" items --feed http://b.example/feed --unread --json | json 'len(d)')" 3
"$TIDINGS" remove http://b.example/feed
same "remove forgets the feed" "$(sqlite3 "$CACHE" "SELECT count(*) FROM feeds WHERE url GLOB '*b.example*'")" 0
same "and its items" "$(sqlite3 "$CACHE" "SELECT count(*) FROM items WHERE link GLOB '*/B/*'")" 0

# ---- --urls and --cache -------------------------------------------------------
"$TIDINGS" --urls "$T/other-urls" --cache "$T/other/cache.db" add http://c.example/feed
"$TIDINGS" --urls "$T/other-urls" --cache "$T/other/cache.db" import-feed "$T/b.xml" http://c.example/feed >/dev/null
same "--urls names the subscriptions file" "$(cat "$T/other-urls")" "http://c.example/feed"
test -f "$T/other/cache.db"; same "--cache names the cache (its directory made)" "$?" 0
same "and the default files are untouched" "$(grep -c c.example "$URLS")" 0
same "a cache of its own" "$("$TIDINGS" items --cache "$T/other/cache.db" --urls "$T/other-urls" --json | json 'len(d)')" 6

# ---- a cache it cannot open ---------------------------------------------------
echo "not a database" >"$T/junk.db"
"$TIDINGS" --cache "$T/junk.db" feeds 2>"$T/err"; rc=$?
same "a file that is not a cache fails" "$rc" 1
same "with one line" "$(wc -l <"$T/err")" 1
done_testing
