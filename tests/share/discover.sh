#!/bin/sh
# discover.sh: `tidings add PAGEURL` finds the page's feed (alternate links, relative hrefs, common paths) on a loopback server.
. "$top_srcdir/tests/net/lib.sh"
add() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" add "$@"; }

HTML='"headers": {"Content-Type": "text/html; charset=utf-8"}'
# site A: a post linking to its feeds (relative hrefs; the Atom one is gone),
# a page without links on a site that has /feed, a page whose link is no feed
fx=$(fixture a.json <<JSON
{"/blog/post.html": {"status": 200, $HTML, "body":
   "<!DOCTYPE html><html><head><title>Post</title><link rel=stylesheet href=/s.css><link rel=alternate type=application/feed+json href=/feed.json><link rel=alternate type=application/atom+xml href=gone.atom><link rel=\"alternate\" type=\"application/rss+xml\" title=\"The RSS\" href=\"../feeds/rss.xml\"></head><body><p>Hi</p></body></html>"},
 "/feeds/rss.xml": {"status": 200, "body_file": "rss.xml", "headers": {"Content-Type": "application/rss+xml"}},
 "/feed.json": {"status": 200, "body": "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"J\", \"items\": []}"},
 "/json-only.html": {"status": 200, $HTML, "body": "<link rel=alternate type=application/feed+json href=feed.json>"},
 "/nolinks.html": {"status": 200, $HTML, "body_file": "page.html"},
 "/feed": {"status": 200, "body_file": "atom.xml"},
 "/based/page.html": {"status": 200, $HTML, "body": "<head><base href=\"/feeds/\"><link rel=alternate type=application/rss+xml href=rss.xml></head>"}}
JSON
)
start_server "$fx"
A=$URL
# site B: a page, no feed anywhere
fx=$(fixture b.json <<JSON
{"/page.html": {"status": 200, $HTML, "body_file": "page.html"},
 "/lies.html": {"status": 200, $HTML, "body": "<link rel=alternate type=application/rss+xml href=/page.html>"}}
JSON
)
start_server "$fx"
B=$URL

out=$(add "$A/blog/post.html" news 2>"$T/err"); rc=$?
same "a page URL: add exits 0" "$rc" 0
same "it says which feed it found" "$out" "$A/blog/post.html: the page links to the feed $A/feeds/rss.xml (Test feed)"
same "and subscribes to it (relative href resolved, the dead Atom link skipped)" "$(cat "$T/urls")" "$A/feeds/rss.xml news"
same "nothing on stderr" "$(cat "$T/err")" ""
same "the JSON Feed was not needed" "$(hits /feed.json)" 0

out=$(add "$A/feeds/rss.xml" 2>"$T/err"); rc=$?
same "the feed itself again: already subscribed, exit 0" "$rc" 0
contains "said on stderr" "$(cat "$T/err")" "is already subscribed"
n=$(hits /feeds/rss.xml)
add "$A/blog/post.html" >/dev/null 2>&1
same "a page whose feed is subscribed adds no second line" "$(wc -l <"$T/urls")" 1

: >"$T/urls"
out=$(add "$A/feeds/rss.xml"); rc=$?
same "a feed URL: exit 0" "$rc" 0
same "subscribed as given" "$(cat "$T/urls")" "$A/feeds/rss.xml"
same "silently, as before" "$out" ""

: >"$T/urls"
out=$(add "$A/nolinks.html"); rc=$?
same "a page without alternate links on a site with /feed: exit 0" "$rc" 0
same "it says so" "$out" "$A/nolinks.html: found the feed $A/feed (Atom test)"
same "and subscribes to /feed" "$(cat "$T/urls")" "$A/feed"

: >"$T/urls"
add "$A/json-only.html" >/dev/null; rc=$?
same "a JSON Feed alternate when there is nothing else" "$(cat "$T/urls")" "$A/feed.json"

: >"$T/urls"
add "$A/based/page.html" >/dev/null
same "hrefs resolve against <base href>" "$(cat "$T/urls")" "$A/feeds/rss.xml"

: >"$T/urls"
: >"$SLOG"
add "$B/page.html" >"$T/out" 2>"$T/err"; rc=$?
same "neither links nor common paths: exit 1" "$rc" 1
same "one line on stderr" "$(wc -l <"$T/err")" 1
contains "saying no feed was found" "$(cat "$T/err")" "tidings: $B/page.html is not a feed, and no feed was found on it"
same "nothing subscribed" "$(cat "$T/urls")" ""
for p in /feed /rss /atom.xml /feed.xml /index.xml; do
	same "common path $p was tried" "$(hits $p)" 1
done
add "$B/lies.html" 2>/dev/null; rc=$?
same "a link to something that is not a feed is not taken" "$rc" 1

PORT0=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
out=$(add "http://127.0.0.1:$PORT0/feed" 2>"$T/err"); rc=$?
same "a URL that cannot be fetched now is still added (offline)" "$rc" 0
same "as given" "$(cat "$T/urls")" "http://127.0.0.1:$PORT0/feed"
contains "with a note on stderr" "$(cat "$T/err")" "cannot check http://127.0.0.1:$PORT0/feed now"

# ---- -x add-feed: the same subscription, headless, then a fetch -----------------------
: >"$T/urls"
x() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" -x "$@"; }
out=$(x "add-feed $A/blog/post.html news \"~My blog\"" 2>"$T/err"); rc=$?
same "-x add-feed URL TAG subscribes headless" "$rc" 0
contains "it says which feed the page links to, as add does" "$out" "$A/blog/post.html: the page links to the feed $A/feeds/rss.xml"
same "the urls file has the feed with its tag and title" "$(cat "$T/urls")" "$A/feeds/rss.xml news \"~My blog\""
contains "and the feed is fetched at once" "$out" "1 feed: 1 updated"
same "its items are in the cache" "$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" feeds | grep -c 'My blog')" 1
x "add-feed not-a-url" >/dev/null 2>"$T/err"; rc=$?
same "-x add-feed refuses what is not an address" "$rc" 1
contains "and says why" "$(cat "$T/err")" "'not-a-url' is not an http(s) address"
x add-feed >/dev/null 2>"$T/err"; rc=$?
same "-x add-feed without a URL is a usage error" "$rc" 1
contains "that names what it takes" "$(cat "$T/err")" "add-feed URL [TAG...]"
done_testing
