#!/bin/sh
# lock.sh: two refreshes never run at once; the second waits briefly, then names the pid holding the lock.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture lock.json <<'JSON'
{"/slow.xml": {"body_file": "rss.xml", "delay": 5},
 "/fast.xml": {"body_file": "atom.xml"}}
JSON
)
start_server "$fx"
echo "$URL/slow.xml" >"$T/urls"

"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh >"$T/first.out" 2>&1 &
first=$!
i=0
# the lock file names its holder once the lock is taken
while [ "$(cat "$T/cache.db.lock" 2>/dev/null)" != "$first" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
refresh >"$T/second.out" 2>&1; rc=$?
same "the second refresh fails" "$rc" 1
contains "and names the pid of the first" "$(cat "$T/second.out")" "another refresh is running (pid $first)"
same "the second one fetched nothing" "$(hits /slow.xml)" 0
wait "$first"; rc=$?
same "the first one finishes normally" "$rc" 0
contains "with its result" "$(cat "$T/first.out")" "$URL/slow.xml: 3 new"
echo "$URL/fast.xml" >"$T/urls"
out=$(refresh 2>&1); rc=$?
same "once it is done, a refresh runs" "$rc" 0
done_testing
