#!/bin/sh
# redirect.sh: 301/302/308 followed; a permanent move recorded (urls file untouched); only http(s); at most 8 hops.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture redirect.json <<'JSON'
{"/feed.xml": {"body_file": "rss.xml"},
 "/moved301": {"status": 301, "location": "/feed.xml"},
 "/moved308": {"status": 308, "location": "http://127.0.0.1:{port}/feed.xml"},
 "/found302": {"status": 302, "location": "/feed.xml"},
 "/perm-then-temp": {"status": 301, "location": "/found302"},
 "/to-file": {"status": 302, "location": "file:///etc/passwd"},
 "/to-ftp": {"status": 301, "location": "ftp://127.0.0.1/feed.xml"},
 "/loop1": {"status": 302, "location": "/loop2"},
 "/loop2": {"status": 302, "location": "/loop1"},
 "/no-location": {"status": 302}}
JSON
)
start_server "$fx"
for p in moved301 moved308 found302 perm-then-temp to-file to-ftp loop1 no-location; do
	echo "$URL/$p"
done >"$T/urls"
cp "$T/urls" "$T/urls.before"

out=$(refresh); rc=$?
same "exit 0 while some feeds work" "$rc" 0
contains "301 followed" "$out" "$URL/moved301: 3 new"
contains "308 followed" "$out" "$URL/moved308: 3 new"
contains "302 followed" "$out" "$URL/found302: 3 new"
contains "301 reported as a permanent move" "$out" "$URL/moved301: moved permanently to $URL/feed.xml"
contains "308 reported as a permanent move" "$out" "$URL/moved308: moved permanently to $URL/feed.xml"
same "302 is not a move" "$(printf '%s\n' "$out" | grep -c "found302: moved")" 0
contains "a 301 to a 302 moves to the 302's address only" "$out" "$URL/perm-then-temp: moved permanently to $URL/found302"
same "the move is recorded on the feed" "$(sql "SELECT redirect FROM feeds WHERE url = '$URL/moved301'")" "$URL/feed.xml"
same "no move recorded for 302" "$(sql "SELECT redirect IS NULL FROM feeds WHERE url = '$URL/found302'")" 1
check "the urls file is not rewritten" cmp -s "$T/urls" "$T/urls.before"
contains "a redirect to file:// is refused" "$out" "$URL/to-file: error: redirected to a URL that is not http or https"
contains "a redirect to ftp:// is refused" "$out" "$URL/to-ftp: error: redirected to a URL that is not http or https"
contains "a redirect loop stops" "$out" "$URL/loop1: error: more than 8 redirects"
same "after 8 redirects, no more requests" "$(grep -c '/loop' "$SLOG")" 9
contains "a redirect without Location is an error" "$out" "$URL/no-location: error: HTTP 302"
done_testing
