#!/bin/sh
# store-crash.sh: kill -9 in the middle of a big write leaves the last committed cache, intact and with its read state;
# while a big write runs, readers see the last commit and other writers wait their turn.
. "$top_srcdir/tests/lib/tap.sh"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is needed"
command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is needed"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
CACHE="$XDG_DATA_HOME/tidings/cache.db"

gen() { # gen FILE N-ITEMS PREFIX
	$PY - "$@" <<'EOF'
import random, sys
path, n, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(7)
words = ("tide river harbour signal lantern meadow copper willow ember quartz "
         "falcon orchard granite velvet thistle compass").split()
with open(path, 'w') as f:
    f.write('<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>\n' % prefix)
    for i in range(n):
        body = ' '.join(rnd.choice(words) for _ in range(60))
        f.write('<item><guid>%s-%d</guid><title>%s %d</title><link>http://%s.example/%d</link>'
                '<description>&lt;p&gt;%s&lt;/p&gt;</description>'
                '<pubDate>Tue, 02 Jan 2024 %02d:%02d:00 GMT</pubDate></item>\n'
                % (prefix, i, prefix, i, prefix, i, body, (i // 60) % 24, i % 60))
    f.write('</channel></rss>\n')
EOF
}
state() { # the small feed's items: id, read, flagged
	"$TIDINGS" items --feed http://small.example/feed --json |
		$PY -c 'import json,sys; print(sorted((i["id"], i["read"], i["flagged"]) for i in json.load(sys.stdin)))'
}
integrity() {
	sqlite3 "$CACHE" "PRAGMA integrity_check; INSERT INTO items_fts(items_fts) VALUES ('integrity-check'); SELECT 'fts ok';" 2>&1 | tr '\n' ' '
}

gen "$T/small.xml" 10 small
gen "$T/big.xml" 40000 big
"$TIDINGS" import-feed "$T/small.xml" http://small.example/feed >/dev/null
"$TIDINGS" read 1 2 3
"$TIDINGS" flag 4
before=$(state)

"$TIDINGS" import-feed "$T/big.xml" http://big.example/feed >/dev/null 2>&1 &
pid=$!
# kill it once the transaction has spilled a few MB into the WAL
n=0
while [ "$n" -lt 400 ]; do
	size=$(stat -c %s "$CACHE-wal" 2>/dev/null || echo 0)
	[ "$size" -gt 3000000 ] && break
	kill -0 "$pid" 2>/dev/null || break
	sleep 0.02
	n=$((n + 1))
done
kill -9 "$pid" 2>/dev/null
wait "$pid"; rc=$?
same "the writer was killed in the middle of its transaction" "$rc" 137

same "the cache passes integrity_check after kill -9" "$(integrity)" "ok fts ok "
same "the killed transaction left nothing" \
	"$(sqlite3 "$CACHE" "SELECT count(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = 'http://big.example/feed'")" 0
same "read and flag state are as committed" "$(state)" "$before"
same "the counters agree with the rows" \
	"$(sqlite3 "$CACHE" "SELECT count(*) FROM feeds f WHERE unread != (SELECT count(*) FROM items WHERE feed_id = f.id AND deleted = 0 AND read = 0) OR total != (SELECT count(*) FROM items WHERE feed_id = f.id AND deleted = 0)")" 0

out=$("$TIDINGS" import-feed "$T/big.xml" http://big.example/feed); rc=$?
same "the next run stores the whole feed" "$rc $out" "0 http://big.example/feed: 40000 new, 0 updated"
same "and the cache is still sound" "$(integrity)" "ok fts ok "
same "read state survived it all" "$(state)" "$before"
same "the big feed's items are searchable" "$("$TIDINGS" items --search "big" --feed http://big.example/feed --limit 5 --json | $PY -c 'import json,sys; print(len(json.load(sys.stdin)))')" 5

# a second big write; meanwhile the list reads the committed state and a
# mark waits for the writer instead of failing
gen "$T/again.xml" 8000 again
"$TIDINGS" import-feed "$T/again.xml" http://again.example/feed >/dev/null 2>&1 &
pid=$!
n=0
while [ "$n" -lt 400 ] && [ "$(stat -c %s "$CACHE-wal" 2>/dev/null || echo 0)" -lt 200000 ]; do
	sleep 0.02
	n=$((n + 1))
done
kill -0 "$pid" 2>/dev/null; same "(the second write is under way)" "$?" 0
same "a reader sees the last commit while a write runs" "$(state)" "$before"
"$TIDINGS" flag 5 2>"$T/err"; rc=$?
same "a mark during the write waits its turn and succeeds" "$rc $(cat "$T/err")" "0 "
wait "$pid"; rc=$?
same "the write finished too" "$rc" 0
same "both changes are there" "$("$TIDINGS" items --flagged --json | $PY -c 'import json,sys; print(sorted(i["id"] for i in json.load(sys.stdin)))')" "[4, 5]"
same "the cache is sound after both" "$(integrity)" "ok fts ok "
done_testing
