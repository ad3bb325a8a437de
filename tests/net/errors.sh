#!/bin/sh
# errors.sh: each failure is a readable message on its own feed; the other feeds still refresh.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture errors.json <<'JSON'
{"/good.xml": {"body_file": "rss.xml"},
 "/missing.xml": {"status": 404, "body": "<html>gone</html>"},
 "/broken.xml": {"status": 500, "body": "oops"},
 "/slow.xml": {"mode": "hang"},
 "/reset.xml": {"mode": "reset"},
 "/page.html": {"body_file": "page.html", "headers": {"Content-Type": "text/html"}},
 "/empty.xml": {"body": ""},
 "/big.xml": {"body_size": 100000},
 "/bomb.xml": {"body_size": 100000, "gzip": true},
 "/endless.xml": {"mode": "endless"},
 "/many.xml": {"body_file": "many.xml"}}
JSON
)
/usr/bin/python3 -c '
import sys
items = "".join("<item><guid>m%d</guid><title>Item %d</title></item>" % (i, i) for i in range(12000))
open(sys.argv[1], "w").write("<rss><channel><title>Many</title>%s</channel></rss>" % items)' "$NETDIR_T/many.xml"
start_server "$fx"
# a port nobody listens on: bind one, then close it
dead=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for p in good.xml missing.xml broken.xml slow.xml reset.xml page.html empty.xml big.xml bomb.xml endless.xml; do
	echo "$URL/$p"
done >"$T/urls"
echo "http://127.0.0.1:$dead/refused.xml" >>"$T/urls"
# .invalid never resolves (RFC 6761); total-timeout bounds a resolver that does not answer
echo "http://tidings-test.invalid/feed.xml" >>"$T/urls"
printf 'set total-timeout 2\nset max-body-size 20K\n' >"$T/config"

out=$(refresh); rc=$?
same "exit 0 when some feeds worked" "$rc" 0
contains "the good feed still refreshed" "$out" "$URL/good.xml: 3 new"
contains "404 reported" "$out" "$URL/missing.xml: error: HTTP 404"
contains "500 reported" "$out" "$URL/broken.xml: error: HTTP 500"
contains "a timeout reported" "$out" "$URL/slow.xml: error: timed out after 2 s"
contains "a reset reported" "$out" "$URL/reset.xml: error: "
contains "a refused connection reported" "$out" "refused.xml: error: cannot connect"
contains "a host name that does not resolve reported" "$out" \
	"http://tidings-test.invalid/feed.xml: error: cannot resolve the host name"
contains "an HTML page is not a feed" "$out" "$URL/page.html: error: not a feed"
contains "an empty body is not a feed" "$out" "$URL/empty.xml: error: not a feed"
contains "an oversize body is cut" "$out" "$URL/big.xml: error: too large: more than 20480 bytes (max-body-size)"
contains "a body that inflates past the limit is cut" "$out" "$URL/bomb.xml: error: too large"
contains "an endless body is cut" "$out" "$URL/endless.xml: error: too large"
contains "the summary counts the failures" "$out" "12 feeds: 1 updated (3 new items), 0 unchanged, 11 failed"
same "every failure is stored on its feed" \
	"$(sql "SELECT count(*) FROM feeds WHERE last_error IS NOT NULL")" 11
same "with the message" "$(sql "SELECT last_error FROM feeds WHERE url = '$URL/missing.xml'")" "HTTP 404 Not Found"
same "and the status" "$(sql "SELECT last_status FROM feeds WHERE url = '$URL/broken.xml'")" 500
same "the good feed has no error" "$(sql "SELECT last_error IS NULL FROM feeds WHERE url = '$URL/good.xml'")" 1

# all failing: exit 1
echo "$URL/missing.xml" >"$T/urls"
refresh >/dev/null 2>"$T/err"; rc=$?
same "exit 1 when every feed failed" "$rc" 1
contains "one line on stderr says so" "$(cat "$T/err")" "every feed failed"

printf 'set max-connections lots\nset no-such-thing 1\nset total-timeout 5\n' >"$T/config"
refresh >/dev/null 2>"$T/err"
contains "a bad config line is reported with its line number" "$(cat "$T/err")" "config:1: max-connections wants a number"
contains "an unknown setting too" "$(cat "$T/err")" "config:2: unknown setting 'no-such-thing'"
"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/nonexistent" refresh >/dev/null 2>"$T/err"; rc=$?
same "a missing --config file is an error" "$rc" 1
: >"$T/urls"
: >"$T/config"
out=$(refresh); rc=$?
same "no feeds is not a failure" "$rc" 0
contains "and says how to add one" "$out" "no feeds to refresh"

# a feed of 12,000 items (or an endless one) keeps its first 10,000: what a
# refresh holds for a feed is bounded, whatever the body
echo "$URL/many.xml" >"$T/urls"
out=$(refresh); rc=$?
same "a feed of 12,000 items refreshes" "$rc" 0
same "its first 10,000 are kept" "$(sql "SELECT count(*) FROM items WHERE feed_id = (SELECT id FROM feeds WHERE url = '$URL/many.xml')")" 10000
same "in the feed's order" "$(sql "SELECT count(*) FROM items WHERE title = 'Item 9999'")$(sql "SELECT count(*) FROM items WHERE title = 'Item 10000'")" 10
done_testing
