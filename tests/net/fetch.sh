#!/bin/sh
# fetch.sh: first fetch, conditional GET (304 costs no parse and no write), gzip, charset, several feeds at once.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture fetch.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml", "etag": "\"v1\"", "headers": {"Content-Type": "application/rss+xml"}},
 "/atom.xml": {"body_file": "atom.xml", "last_modified": "Tue, 02 Jan 2024 00:00:00 GMT", "gzip": true},
 "/latin1.xml": {"body_file": "latin1.xml", "headers": {"Content-Type": "text/xml; charset=ISO-8859-1"}}}
JSON
)
start_server "$fx"
printf '%s\n' "$URL/rss.xml" "$URL/atom.xml" "$URL/latin1.xml" >"$T/urls"

out=$(refresh); rc=$?
same "first refresh exits 0" "$rc" 0
contains "a line for the RSS feed with its new items" "$out" "$URL/rss.xml: 3 new"
contains "a line for the Atom feed" "$out" "$URL/atom.xml: 2 new"
contains "a summary line" "$out" "3 feeds: 3 updated (6 new items), 0 unchanged, 0 failed"
same "the items are in the cache" "$(sql 'SELECT count(*) FROM items')" 6
same "the ETag is kept" "$(sql "SELECT etag FROM feeds WHERE url = '$URL/rss.xml'")" '"v1"'
same "Last-Modified is kept" "$(sql "SELECT last_modified FROM feeds WHERE url = '$URL/atom.xml'")" \
	"Tue, 02 Jan 2024 00:00:00 GMT"
contains "the client asked for compressed bodies" "$(grep atom.xml "$SLOG")" '"ae": "'
contains "the Atom feed came gzipped" "$(grep atom.xml "$SLOG")" '"gzip": true'
same "the HTTP charset decides the encoding" "$(sql "SELECT title FROM items WHERE link = 'http://example.org/l1'")" "Café"
contains "the user agent names tidings" "$(head -n 1 "$SLOG")" '"ua": "tidings/'

count_item_writes
sql "UPDATE items SET read = 1 WHERE link = 'http://example.org/1'" 
count_item_writes
out=$(refresh); rc=$?
same "second refresh exits 0" "$rc" 0
contains "the server saw If-None-Match" "$(grep rss.xml "$SLOG" | tail -n 1)" '"inm": "\"v1\""'
contains "the server saw If-Modified-Since" "$(grep atom.xml "$SLOG" | tail -n 1)" '"ims": "Tue, 02 Jan 2024 00:00:00 GMT"'
contains "the server answered 304" "$(grep rss.xml "$SLOG" | tail -n 1)" '"status": 304'
same "no line for unchanged feeds" "$(printf '%s\n' "$out" | grep -c "$URL")" 0
contains "the summary counts them unchanged" "$out" "3 feeds: 0 updated (0 new items), 3 unchanged, 0 failed"
same "a 304 writes no item" "$(item_writes)" 0
same "read state kept" "$(sql "SELECT read FROM items WHERE link = 'http://example.org/1'")" 1
same "the last status says 304" "$(sql "SELECT last_status FROM feeds WHERE url = '$URL/rss.xml'")" 304

refresh --quiet >"$T/q.out" 2>&1; rc=$?
same "--quiet exits 0" "$rc" 0
same "--quiet prints nothing" "$(cat "$T/q.out")" ""

out=$(refresh "$URL/rss.xml")
same "refresh URL fetches only that feed" "$(grep -c atom.xml "$SLOG")" 3
contains "refresh URL counts one feed" "$out" "1 feed:"
out=$(refresh "$URL/unknown.xml"); rc=$?
same "an unsubscribed URL fails" "$rc" 1
contains "and says so" "$out" "not in the urls file"

# many feeds on one host: at most max-host-connections at once, connections reused
: >"$SLOG"
i=0; while [ $i -lt 12 ]; do echo "$URL/rss.xml?$i"; i=$((i + 1)); done >"$T/urls"
printf 'set max-host-connections 2\n' >"$T/config"
out=$(refresh)
contains "twelve feeds from one host" "$out" "12 feeds: 12 updated"
conns=$(grep -o '"client": [0-9]*' "$SLOG" | sort -u | wc -l)
check "came over at most 2 connections (saw $conns)" test "$conns" -le 2
done_testing
