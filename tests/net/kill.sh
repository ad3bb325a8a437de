#!/bin/sh
# kill.sh: kill -9 in the middle of a refresh leaves the last committed state; the next refresh completes it.
. "$top_srcdir/tests/net/lib.sh"

# make_feeds N ITEMS: N feeds of ITEMS items each in $NETDIR_T/kN.xml
make_feeds() {
	/usr/bin/python3 - "$NETDIR_T" "$1" "$2" <<'PY'
import sys
d, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
body = "<p>" + "words of an article " * 40 + "</p>"
for f in range(n):
    with open(f"{d}/k{f}.xml", "w") as out:
        out.write('<?xml version="1.0"?><rss version="2.0"><channel><title>K%d</title><link>http://k/</link>\n' % f)
        for i in range(m):
            out.write(f"<item><guid>k{f}-{i}</guid><title>item {i}</title><link>http://k/{f}/{i}</link>"
                      f"<description>{body.replace('<', '&lt;')}</description></item>\n")
        out.write("</channel></rss>\n")
PY
}
N=30
/usr/bin/python3 -c "
import json
print(json.dumps({'/k%d.xml' % i: {'body_file': 'k%d.xml' % i} for i in range($N)}))" >"$NETDIR_T/kill.json"
make_feeds $N 50
start_server "$NETDIR_T/kill.json"
i=0; while [ $i -lt $N ]; do echo "$URL/k$i.xml"; i=$((i + 1)); done >"$T/urls"

refresh >/dev/null
same "first refresh stores every item" "$(sql 'SELECT count(*) FROM items')" $((N * 50))
sql "UPDATE items SET read = 1 WHERE title IN ('item 1', 'item 2', 'item 3')"
sql "UPDATE items SET flagged = 1 WHERE title = 'item 4'"
read_before=$(sql 'SELECT count(*) FROM items WHERE read = 1')

make_feeds $N 400
for delay in 0.05 0.15 0.3 0.5; do
	"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	same "integrity_check after kill -9 at ${delay}s" "$(sql 'PRAGMA integrity_check')" ok
	same "search index consistent after kill -9 at ${delay}s" \
		"$(sql "INSERT INTO items_fts(items_fts) VALUES ('integrity-check'); SELECT 'ok'" 2>&1)" ok
	same "read state intact after kill -9 at ${delay}s" \
		"$(sql 'SELECT count(*) FROM items WHERE read = 1')" "$read_before"
done
out=$(refresh); rc=$?
same "a clean refresh afterwards exits 0" "$rc" 0
same "and stores everything" "$(sql 'SELECT count(*) FROM items')" $((N * 400))
same "read state still intact" "$(sql 'SELECT count(*) FROM items WHERE read = 1')" "$read_before"
same "flags intact" "$(sql 'SELECT count(*) FROM items WHERE flagged = 1')" "$N"
same "integrity_check ok" "$(sql 'PRAGMA integrity_check')" ok
waiting() { sql "SELECT max(id) - (SELECT value FROM meta WHERE key = 'fts_indexed') FROM items"; }
same "a search finds every item" \
	"$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" items --search article --limit 100000 | wc -l)" \
	$((N * 400))
same "and nothing waits for the index after it" "$(waiting)" 0
same "the search index is consistent" \
	"$(sql "INSERT INTO items_fts(items_fts) VALUES ('integrity-check'); SELECT 'ok'" 2>&1)" ok
same "and holds every item" "$(sql "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'article'")" $((N * 400))
same "the unread counters agree with the items" \
	"$(sql 'SELECT sum(unread) FROM feeds')" "$(sql 'SELECT count(*) FROM items WHERE read = 0 AND deleted = 0')"
done_testing
