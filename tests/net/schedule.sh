#!/bin/sh
# schedule.sh: Retry-After on 429/503 is honoured; <ttl> and reload-time set the next due time; --due skips the rest.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture schedule.json <<'JSON'
{"/busy.xml": {"status": 503, "retry_after": 3600},
 "/dated.xml": {"status": 429, "retry_after": "Fri, 01 Jan 2100 00:00:00 GMT"},
 "/ttl.xml": {"body_file": "rss.xml"},
 "/atom.xml": {"body_file": "atom.xml"}}
JSON
)
start_server "$fx"
printf '%s\n' "$URL/busy.xml" "$URL/dated.xml" "$URL/ttl.xml" "$URL/atom.xml" >"$T/urls"
printf 'set reload-time 10\n' >"$T/config"

now=$(date +%s)
out=$(refresh)
contains "503 is an error" "$out" "$URL/busy.xml: error: HTTP 503"
due=$(sql "SELECT next_due FROM feeds WHERE url = '$URL/busy.xml'")
check "Retry-After in seconds sets the next due time" test "$due" -ge $((now + 3590)) -a "$due" -le $((now + 3700))
same "Retry-After as a date sets it too" "$(sql "SELECT next_due FROM feeds WHERE url = '$URL/dated.xml'")" 4102444800
due=$(sql "SELECT next_due FROM feeds WHERE url = '$URL/ttl.xml'")
check "a <ttl> longer than reload-time wins" test "$due" -ge $((now + 1790)) -a "$due" -le $((now + 1900))
due=$(sql "SELECT next_due FROM feeds WHERE url = '$URL/atom.xml'")
check "without <ttl>, reload-time" test "$due" -ge $((now + 590)) -a "$due" -le $((now + 700))

out=$(refresh)
same "a deferred feed is not fetched again" "$(hits /busy.xml)" 1
same "nor one deferred to a date" "$(hits /dated.xml)" 1
contains "and the refresh says why" "$out" "$URL/busy.xml: not fetched: the server asked us to wait until"
contains "the summary counts it" "$out" "2 deferred"
same "the others are fetched on an explicit refresh" "$(hits /ttl.xml)" 2

out=$(refresh --due)
same "--due fetches nothing that is not due" "$(hits /ttl.xml)" 2
sql "UPDATE feeds SET next_due = 0 WHERE url = '$URL/atom.xml'"
out=$(refresh --due)
same "--due fetches a feed that is due" "$(hits /atom.xml)" 3
same "and only that one" "$(hits /ttl.xml)" 2
done_testing
