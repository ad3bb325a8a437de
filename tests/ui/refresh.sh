#!/bin/sh
# refresh.sh: refreshing inside the event loop (progress, keys answered meanwhile, failures marked),
# a cron refresh showing up in the open interface, the full article fetched from its page.
. "$top_srcdir/tests/ui/lib.sh"

fx=$(fixture ui.json <<'JSON'
{"/a.xml": {"body_file": "a.xml", "delay": 2},
 "/b.xml": {"body_file": "b.xml", "delay": 2},
 "/broken.xml": {"status": 500, "body": "down for maintenance", "delay": 1},
 "/big.xml": {"body_file": "big.xml"},
 "/busy.xml": {"status": 429, "retry_after": 3600},
 "/page.html": {"body_file": "page.html", "headers": {"Content-Type": "text/html; charset=utf-8"}}}
JSON
)
start_server "$fx"

# rss NAME TITLE ITEM...: a feed whose items link to the page on the server
rss() {
	name=$1 title=$2; shift 2
	{
		printf '<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>%s/</link>\n' "$title" "$URL"
		for it in "$@"; do
			printf '<item><title>%s</title><guid>%s</guid><link>%s/page.html</link><description>Short text of %s.</description></item>\n' "$it" "$it" "$URL" "$it"
		done
		printf '</channel></rss>\n'
	} >"$NETDIR_T/$name"
}
rss a.xml "Alpha Daily" "Alpha one" "Alpha two" "Alpha three"
rss b.xml "Beta Weekly" "Beta one"
{
	printf '<html><head><title>The long read</title></head><body><nav><a href="/">Home</a> <a href="/x">Sections</a></nav><article><h1>The long read</h1>\n'
	for i in 1 2 3 4 5 6; do
		printf '<p>Paragraph %s of the full story, which goes on at length about the tides of the northern sea and the boats that sail on them every morning before the sun is up.</p>\n' "$i"
	done
	printf '<p>The unique closing sentence of the page.</p></article><footer>Copyright footer</footer></body></html>\n'
} >"$NETDIR_T/page.html"
subscribe "$URL/a.xml"
subscribe "$URL/b.xml"
subscribe "$URL/broken.xml"

start_ui 100 30
shows "feeds never fetched are listed by URL" "$URL/a.xml"
keys R
shows "R shows the refresh's progress in the status line" "Refreshing 0/3" 3
keys '?'
shows "keys are answered while feeds are on their way" "Help: feeds" 2
contains "the progress stays in the status line meanwhile" "$(screen | tail -n 1)" "Refreshing"
keys q
shows "the feeds land: counts follow" "Alpha Daily" 10
shows "the refresh ends with the summary tidings refresh prints" "3 feeds: 2 updated (4 new items), 0 unchanged, 1 failed" 10
contains "a feed's counts are updated" "$(line_of 'Alpha Daily')" "3/3"
same "the failing feed is marked" "$(line_of "$URL/broken.xml" | cut -c1)" "!"
keys E
shows "the errors view lists the failing feed with its error" "500"
contains "with the feed" "$(line_of '500')" "broken.xml"
keys q

# ---- a cron refresh while the interface is open -------------------------------
rss b.xml "Beta Weekly" "Beta one" "Beta two from cron"
"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh --quiet "$URL/b.xml"
shows "a refresh from another process shows up without a key" "2/2" 5
contains "on the feed it changed" "$(line_of '2/2')" "Beta Weekly"
same "a usual refresh indexes its new items for search before it ends" \
	"$(sql "SELECT count(*) FROM items_fts WHERE items_fts MATCH '\"from cron\"'")" 1

# ---- one feed -------------------------------------------------------------------
rss b.xml "Beta Weekly" "Beta one" "Beta two from cron" "Beta three"
keys g j j j
keys r
shows "r refreshes the selected feed" "1 feed: 1 updated (1 new item), 0 unchanged, 0 failed" 10
contains "and its count follows" "$(line_of 'Beta Weekly')" "3/3"

# ---- the full article -------------------------------------------------------------
keys g j j Enter
shows "Alpha's headlines" "Alpha Daily (3)"
keys Enter
shows "the feed's text first" "Short text of Alpha three."
keys f
shows "f fetches the page and shows the full article" "The unique closing sentence of the page." 10
shows "the view says it is the full article" "[full article]"
if screen | grep -q "Copyright footer"; then fail "the page's clutter is left out"; else pass "the page's clutter is left out"; fi
keys f
shows "f again goes back to the feed's text" "Short text of Alpha three."
keys f
shows "and forth again, from the cache" "The unique closing sentence of the page." 3
same "the page was fetched once" "$(hits /page.html)" 1
same "the article is kept in the cache (and searchable)" \
	"$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" items --search 'unique closing sentence' | grep -c 'Alpha three')" 1
# ---- a big cron refresh leaves the search index to the idle interface -------------
/usr/bin/python3 -c '
import sys
items = "".join("<item><guid>big%d</guid><title>Bulk %d</title><description>walrus number %d</description></item>" % (i, i, i)
                for i in range(1200))
open(sys.argv[1], "w").write("<rss version=\"2.0\"><channel><title>Bulk</title>%s</channel></rss>" % items)' "$NETDIR_T/big.xml"
subscribe "$URL/big.xml"
"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh --quiet "$URL/big.xml"
waiting() { sql "SELECT max(id) - (SELECT value FROM meta WHERE key = 'fts_indexed') FROM items"; }
n=0; while [ "$(waiting)" != 0 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
same "the idle interface indexes for search the 1,200 items a big refresh left waiting" "$(waiting)" 0
same "so the index has them all" "$(sql "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'walrus'")" 1200

# ---- a server that asks us to wait: R reports it, as tidings refresh does -------------
subscribe "$URL/busy.xml"
keys g R
shows "R fetches every feed" "5 feeds: 0 updated (0 new items), 3 unchanged, 2 failed" 10
keys j
keys R
shows "the next R says the feed waits for the server" "busy.xml: not fetched: the server asked us to wait until" 10
keys j
shows "and counts it in the summary" "5 feeds: 0 updated (0 new items), 3 unchanged, 1 failed, 1 deferred" 5
ui_line=$(line_of "5 feeds:" | sed 's/^ *//; s/ *$//')
cli_line=$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh | tail -n 1)
contains "the summary tidings refresh prints is the same line" "$ui_line" "$cli_line"
same "the deferred feed was not asked for again" "$(hits /busy.xml)" 1
keys Q
shows "Q quits" "[exit 0]"
same "nothing went to stderr" "$(cat "$T/stderr")" ""
done_testing
