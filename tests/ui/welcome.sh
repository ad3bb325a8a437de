#!/bin/sh
# welcome.sh: the first run: the welcome screen, `a` adding a feed (or a page that names its feed) and fetching it, `D` removing one.
. "$top_srcdir/tests/ui/lib.sh"

fx=$(fixture ui.json <<'JSON'
{"/a.xml": {"body_file": "a.xml"},
 "/site.html": {"body_file": "site.html", "headers": {"Content-Type": "text/html"}},
 "/b.xml": {"body_file": "b.xml"},
 "/slow.html": {"body_file": "slow.html", "delay": 3, "headers": {"Content-Type": "text/html"}},
 "/c.xml": {"body_file": "c.xml"}}
JSON
)
start_server "$fx"
cat >"$NETDIR_T/a.xml" <<EOF2
<?xml version="1.0"?><rss version="2.0"><channel><title>Alpha Daily</title>
<item><title>First news</title><guid>1</guid></item><item><title>Second news</title><guid>2</guid></item>
<item><title>Third news</title><guid>3</guid></item></channel></rss>
EOF2
cat >"$NETDIR_T/b.xml" <<EOF2
<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Beta Blog</title>
<entry><title>A post</title><id>p1</id></entry></feed>
EOF2
cat >"$NETDIR_T/c.xml" <<EOF2
<?xml version="1.0"?><rss version="2.0"><channel><title>Gamma Notes</title><item><title>G</title><guid>g</guid></item></channel></rss>
EOF2
cat >"$NETDIR_T/slow.html" <<EOF2
<html><head><link rel="alternate" type="application/rss+xml" href="/c.xml"></head><body>Slow</body></html>
EOF2
cat >"$NETDIR_T/site.html" <<EOF2
<html><head><title>Beta</title><link rel="alternate" type="application/atom+xml" href="/b.xml"></head><body>Hi</body></html>
EOF2

start_ui 100 30
shows "no feeds: the welcome screen" "Welcome to tidings."
shows "it says how to add a feed" "a   add a feed by its URL"
shows "it mentions OPML import" "tidings import FILE.opml"
shows "and the newsboat import" "tidings import --newsboat"

keys a
shows "a asks for a URL and tags" "Feed or page URL (and tags):"
type_text "not-a-url news"
keys Enter
shows "a bad address is refused in the status line" "'not-a-url' is not an http(s) address"
keys a
type_text "$URL/a.xml daily \"~Alpha Daily\""
keys Enter
shows "the feed is added under the title typed" "Alpha Daily" 10
shows "and fetched at once" "3/3" 10
contains "with its articles" "$(line_of 'Alpha Daily')" "3/3"
contains "the urls file has it, with the tag and title typed after the URL" "$(cat "$T/urls")" "$URL/a.xml daily \"~Alpha Daily\""

keys a
type_text "$URL/site.html"
keys Enter
shows "a page URL finds the feed it names" "found the feed $URL/b.xml" 10
shows "and that feed is fetched" "Beta Blog" 10
contains "the urls file has the feed, not the page" "$(cat "$T/urls")" "$URL/b.xml"

# a slow page: the search runs in the event loop, keys still work meanwhile
keys a
type_text "$URL/slow.html"
keys Enter
shows "the search is shown while it runs" "Looking for the feed at" 2
keys "?"
shows "keys answer while the page is slow to come" "Help" 2
keys q
shows "then the feed it names is added" "Gamma Notes" 10

keys g
wait_for "All unread" 2
keys j j
keys D
shows "D asks first" "Remove Alpha Daily and its 3 articles? (y/n)"
keys n
shows "n keeps the feed" "Alpha Daily"
keys D
wait_for "Remove Alpha Daily" 2
keys y
hides "y removes it" "Alpha Daily"
shows "and says so" "removed $URL/a.xml"
case $(cat "$T/urls") in *a.xml*) fail "the urls file lost the line" ;; *) pass "the urls file lost the line" ;; esac
keys D
wait_for "Remove Beta Blog" 2
keys y
wait_gone "Beta Blog" 5
keys D
wait_for "Remove Gamma Notes" 2
keys y
shows "with the last feed gone, the welcome screen is back" "Welcome to tidings." 
keys Q
shows "Q quits" "[exit 0]"
done_testing
