#!/bin/sh
# newsboat.sh: import --newsboat from a real newsboat setup: newsboat fetches the feeds into its own cache.db, marks are made there as newsboat keeps them, tidings brings urls, config and states over and reports the rest.
. "$top_srcdir/tests/scripting/lib.sh"
command -v newsboat >/dev/null 2>&1 || skip_all "newsboat is not installed"

fx=$(fixture nb.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml"},
 "/atom.xml": {"body_file": "atom.xml"}}
JSON
)
start_server "$fx"
NB=$T/newsboat
mkdir -p "$NB"
sed 's/<guid>a/<guid>x/; s|example.org/|example.org/x|g' "$NETDIR_T/rss.xml" >"$T/local.xml"
cat >"$NB/urls" <<URLS
# my feeds
$URL/rss.xml news "~My RSS"
$URL/atom.xml world local
"exec:cat $T/local.xml"
"query:Unread news:unread = \"yes\" and tags # \"news\""
"query:Starred:flags # \"s\""
URLS
cat >"$NB/config" <<'CONF'
# newsboat's own settings
browser "lynx %u"
reload-time 45
auto-reload yes
max-items 200
bind-key j down feedlist
bind-key ^R reload-all
bind-key x toggle-show-read-feeds
macro m set browser "mpv %u" ; open-in-browser ; set browser "lynx %u"
color listfocus black yellow bold
color info white blue
ignore-article "*" "title =~ \"Sponsored\""
highlight article "^Feed:.*" color3 color0
confirm-exit yes
download-path "~/Podcasts/%n"
download-filename-format "%F-%t.%e"
max-downloads 3
player "mpv --no-video"
podcast-auto-enqueue yes
CONF
# podboat's queue: a file it downloaded, one it began, one queued, one it must not fetch
mkdir -p "$T/pods"
printf 'whole' >"$T/pods/done.mp3"
printf 'half' >"$T/pods/half.mp3.part"
cat >"$NB/queue" <<QUEUE
http://example.org/done.mp3 "$T/pods/done.mp3" downloaded
http://example.org/half.mp3 "$T/pods/half.mp3"
http://example.org/new.mp3 "$T/pods/new.mp3"
file:///etc/shadow "$T/pods/shadow"
QUEUE
# newsboat fills its own cache, with its own HOME and no network but ours
HOME=$T/nbhome XDG_CONFIG_HOME=$T/nbhome/.config XDG_DATA_HOME=$T/nbhome/.local/share \
	newsboat -u "$NB/urls" -c "$NB/cache.db" -C "$NB/config" -x reload >"$T/nb.out" 2>&1
same "newsboat read both feeds and the command into its cache" \
	"$(sqlite3 "$NB/cache.db" "SELECT count(DISTINCT feedurl) FROM rss_item")" 3
# marked the way newsboat keeps marks: unread = 0, a flag letter
sqlite3 "$NB/cache.db" "UPDATE rss_item SET unread = 0 WHERE guid = 'a1' AND feedurl = '$URL/rss.xml';
	UPDATE rss_item SET flags = 's' WHERE url = 'http://example.org/a2';"

printf 'set max-connections 4\n' >"$T/config"
out=$(tid import --newsboat "$NB"); rc=$?
same "the import exits 0" "$rc" 0
contains "it says what it brought" "$out" "3 feeds added (1 of them commands: exec:/filter: run programs, check them), 1 query feeds, 0 already subscribed"
contains "the config lines counted" "$out" "15 config lines carried over, 5 lines not"
contains "what stays behind, with its line" "$out" "not carried over: newsboat config:8: no tidings action does what 'toggle-show-read-feeds' does"
contains "settings without an equivalent" "$out" "not carried over: newsboat config:13: 'highlight' has no equivalent in tidings"
contains "and newsboat's query on flags" "$out" "not carried over: newsboat urls:6: the query's expression: at column 1: unknown attribute 'flags'"
contains "podboat's queue comes along" "$out" "3 downloads from podboat's queue"
contains "but not a file:// line" "$out" "not carried over: podboat's queue: file:///etc/shadow"
same "a file podboat downloaded is done, one it began queued with its bytes, one not begun queued" \
	"$(sql "SELECT group_concat(state || ':' || bytes, ' ') FROM (SELECT state, bytes FROM downloads ORDER BY url)")" "3:5 0:4 0:0"
same "in the files podboat chose" "$(sql "SELECT path FROM downloads WHERE url LIKE '%half%'")" "$T/pods/half.mp3"
contains "the states" "$out" "2 read or flagged articles: 0 marked now, the rest when a refresh brings them"

urls=$(cat "$T/urls")
contains "feeds keep their tags and title" "$urls" "$URL/rss.xml news \"~My RSS\""
contains "several tags" "$urls" "$URL/atom.xml world local"
contains "exec: sources come too (the user's own)" "$urls" "exec:cat"
contains "query feeds in newsboat's form" "$urls" "\"query:Unread news:unread = \\\"yes\\\" and tags # \\\"news\\\"\""
conf=$(cat "$T/config")
contains "the config keeps its own lines" "$conf" "set max-connections 4"
contains "and gets newsboat's after a header" "$conf" "# imported from newsboat's $NB/config on"
contains "browser with tidings' placeholder" "$conf" 'set browser "lynx %s"'
contains "auto-reload as refresh-minutes" "$conf" "set refresh-minutes 45"
contains "bindings in tidings' contexts" "$conf" "bind feeds j down"
contains "macros behind newsboat's prefix" "$conf" 'macro ", m" set browser "mpv %s"; open-in-browser; set browser "lynx %s"'
contains "podboat's path: its placeholders move into the file name's format" "$conf" "set download-path ~/Podcasts
set download-filename-format %n/%F-%t.%e"
contains "podboat's settings come" "$conf" "set max-downloads 3
set player \"mpv --no-video\"
set podcast-auto-enqueue yes"
contains "colours" "$conf" "color selected black yellow bold"
contains "ignore rules" "$conf" 'ignore * "title =~ \"Sponsored\""'
out=$(tid --check-config); rc=$?
same "what was written reads without a problem" "$rc:$out" "0:"

out=$(refresh); rc=$?
same "the first refresh exits 0" "$rc" 0
same "the item newsboat read is read" "$(sql "SELECT read FROM items WHERE guid = 'a1' AND feed_id = (SELECT id FROM feeds WHERE url = '$URL/rss.xml')")" 1
same "the item newsboat flagged is flagged" "$(sql "SELECT flagged FROM items WHERE link = 'http://example.org/a2'")" 1
same "the others are unread and unflagged" "$(sql "SELECT count(*) FROM items WHERE read = 0 AND flagged = 0")" 6
same "nothing is left waiting for items on these feeds" "$(sql "SELECT count(*) FROM import_states")" 0
same "the query feed works" "$(tid items --feed 'query:Unread news' | wc -l)" 2

# importing again: nothing doubled; states of items we have apply at once
sqlite3 "$NB/cache.db" "UPDATE rss_item SET unread = 0 WHERE guid = 'a3'"
out=$(tid import --newsboat "$NB")
contains "a second import adds no feed" "$out" "0 feeds added"
contains "and says they are there" "$out" "4 already subscribed"
contains "states of items tidings has are applied now" "$out" "3 read or flagged articles: 1 marked now"
same "a3 is read" "$(sql "SELECT read FROM items WHERE guid = 'a3' AND feed_id = (SELECT id FROM feeds WHERE url = '$URL/rss.xml')")" 1

out=$(tid import --newsboat "$T/none" 2>&1); rc=$?
same "a directory without newsboat's files fails" "$rc" 1
contains "and says where it looked" "$out" "no newsboat files found ($T/none/urls"
# without DIR: ~/.newsboat
mkdir -p "$HOME/.newsboat"
printf '%s\n' "https://home.example/feed" >"$HOME/.newsboat/urls"
out=$(tid import --newsboat)
contains "without DIR, ~/.newsboat" "$out" "1 feed added"

# OPML never makes a command source without --allow-commands
cat >"$T/list.opml" <<'OPML'
<?xml version="1.0"?><opml version="2.0"><body>
<outline text="web" xmlUrl="https://opml.example/feed"/>
<outline text="cmd" xmlUrl="exec:touch PWNED_OPML"/>
<outline text="flt" xmlUrl="filter:touch PWNED_F:https://opml.example/f"/>
<outline text="file" xmlUrl="file:///etc/passwd"/>
</body></opml>
OPML
out=$(tid import "$T/list.opml" 2>&1)
contains "an OPML import takes the web feed" "$out" "1 feed added, 0 already subscribed, 3 skipped"
contains "and says what it skipped" "$out" "skipping an outline that is not an http(s) feed: exec:touch PWNED_OPML"
case $(cat "$T/urls") in *exec:touch*|*filter:touch*) fail "no command source in the urls file" ;; *) pass "no command source in the urls file" ;; esac
out=$(tid import "$T/list.opml" --allow-commands 2>&1)
contains "with --allow-commands it takes them, saying so" "$out" "subscribing to a command (--allow-commands): exec:touch PWNED_OPML"
contains "but never file:" "$out" "2 feeds added, 1 already subscribed, 1 skipped"
contains "they are in the urls file" "$(cat "$T/urls")" '"exec:touch PWNED_OPML"'
done_testing
