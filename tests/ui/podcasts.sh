#!/bin/sh
# podcasts.sh: episodes in the interface: e queues and downloads at once, the downloads list (d) moving while keys answer,
# p pauses and resumes with a Range, P plays the file, x and D take downloads off, L lists enclosures, quit requeues,
# another tidings holding the queue; -x enqueue only queues, -x play refuses what is no web address.
. "$top_srcdir/tests/ui/lib.sh"

SIZE=500000 # at 100 kB/s: five seconds, time enough for keys
fx=$(fixture casts.json <<JSON
{"/casts.xml": {"body_file": "casts.xml"},
 "/ep/one.mp3": {"body_pattern": $SIZE, "ranges": true, "rate": 100000},
 "/ep/two.mp3": {"body_pattern": 20000, "ranges": true},
 "/ep/three.mp3": {"body_pattern": $SIZE, "ranges": true, "rate": 100000},
 "/daily.xml": {"body_file": "daily.xml"},
 "/ep/daily.mp3": {"body_pattern": 30000}}
JSON
)
start_server "$fx"
python3 - "$NETDIR_T/casts.xml" "$URL" <<'PY'
import sys
path, url = sys.argv[1:3]
eps = [("One", url + "/ep/one.mp3", 500000), ("Two", url + "/ep/two.mp3", 20000),
       ("Three", url + "/ep/three.mp3", 500000), ("Local", "file:///etc/passwd", 0), ("Plain", None, 0)]
items = ""
for i, (t, u, n) in enumerate(eps):
    enc = '<enclosure url="%s" type="audio/mpeg" length="%d"/>' % (u, n) if u else ""
    items += ('<item><title>%s</title><guid>g%d</guid><pubDate>Mon, 0%d Jan 2024 10:00:00 GMT</pubDate>%s</item>'
              % (t, i, 9 - i, enc))
open(path, "w").write('<rss version="2.0"><channel><title>Casts</title>%s</channel></rss>' % items)
open(path.replace("casts.xml", "daily.xml"), "w").write('<rss version="2.0"><channel><title>Daily</title><item>'
    '<title>Today</title><guid>d1</guid><enclosure url="%s/ep/daily.mp3" type="audio/mpeg"/></item></channel></rss>' % url)
PY
subscribe "$URL/casts.xml"
cat >"$T/player.sh" <<'EOF'
#!/bin/sh
printf '%s\n' "$@" >>"$(dirname "$0")/played"
EOF
chmod +x "$T/player.sh"
printf 'set download-path "%s/dl"\nset player "%s/player.sh --start %%f"\n' "$T" "$T" >>"$T/config"
tid() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" "$@"; }
id_of() { sql "SELECT id FROM items WHERE title = '$1'"; }
state_of() { sql "SELECT state FROM downloads WHERE url LIKE '%/$1'"; }
file_of() { find "$T/dl" -name "$1" 2>/dev/null; }
part_size() { f=$(file_of "$1.part"); [ -n "$f" ] && stat -c %s "$f" || echo none; }
pct_of() { line_of "$1" | grep -o '[0-9]*%' | head -n 1; }
# row_shows DESCRIPTION NAME WORD [SECONDS]: the row of NAME comes to hold WORD
# (messages queue behind each other; a row says how a download stands at once)
row_shows() {
	n=0
	while ! line_of "$2" | grep -qF -- "$3" && [ $n -lt $(( ${4:-5} * 20 )) ]; do sleep 0.05; n=$((n + 1)); done
	if line_of "$2" | grep -qF -- "$3"; then pass "$1"; else fail "$1" "row: $(line_of "$2")"; fi
}
want=$(python3 -c "import hashlib; print(hashlib.sha256(bytes((i * 131 + i // 251 + 7) % 256 for i in range($SIZE))).hexdigest())")
tid refresh >/dev/null
check "the feed with five episodes is stored" test "$(sql 'SELECT count(*) FROM items')" = 5

# ---- headless: -x enqueue only queues, -x play ------------------------------------------
out=$(tid -x --item "$(id_of Two)" enqueue 2>&1); rc=$?
same "-x enqueue succeeds" "$rc" 0
same "and says what it queued and who fetches it" "$out" "1 queued; tidings download fetches it"
same "the download waits in the queue" "$(state_of two.mp3)" 0
same "nothing was fetched" "$(hits /ep/two.mp3)" 0
same "queued again: one entry" "$(tid -x --item "$(id_of Two)" enqueue)" "already in the download queue"
out=$(tid -x --item "$(id_of Local)" enqueue 2>&1); rc=$?
same "a file:// enclosure is refused" "$rc" 1
contains "naming it" "$out" "not an http(s) address, not downloaded: file:///etc/passwd"
out=$(tid -x --item "$(id_of Plain)" enqueue 2>&1); rc=$?
same "an article without an enclosure fails" "$rc" 1
contains "and says so" "$out" "has no enclosure"
out=$(tid -x --item "$(id_of Local)" play 2>&1); rc=$?
same "-x play refuses a file:// enclosure" "$rc" 1
contains "naming it" "$out" "not an http(s) address, not played: file:///etc/passwd"
check "and the player did not run" test ! -e "$T/played"
out=$(tid -x --item "$(id_of Two)" "set player ''" play 2>&1); rc=$?
same "-x play without a player fails" "$rc" 1
contains "with a clear message" "$out" "no player set"
tid -x --item "$(id_of Two)" play
same "-x play of an episode not downloaded gives the player its URL" "$(cat "$T/played")" "--start
$URL/ep/two.mp3"
same "and marks it read (play-marks-read)" "$(sql "SELECT read FROM items WHERE title = 'Two'")" 1
rm -f "$T/played"

# ---- e downloads at once; the downloads list moves while keys answer ------------------------
start_ui 110 24
keys g j j Enter
shows "the feed's episodes" "Casts (5)"
keys e
shows "e queues the episode's enclosure" "1 enclosure queued for download"
shows "and the status line shows it downloading" "Downloading" 3
keys q d
shows "d in the feed list opens the downloads" "Downloads (2)"
shows "the episode is listed downloading" "one.mp3"
contains "with a bar and a percentage" "$(line_of one.mp3)" "downloading"
row_shows "the episode queued by -x was fetched too" two.mp3 done 5
p1=$(pct_of one.mp3)
keys '?'
shows "keys answer while it downloads" "Help: downloads"
keys q
n=0; while [ "$(pct_of one.mp3)" = "$p1" ] && [ $n -lt 40 ]; do sleep 0.05; n=$((n + 1)); done
check "the progress moves by itself ($p1 -> $(pct_of one.mp3))" test "$(pct_of one.mp3)" != "$p1"
row_shows "with the speed (after a second)" one.mp3 "kB/s" 3

# ---- p pauses and resumes ----------------------------------------------------------------
keys G p
row_shows "p pauses it" one.mp3 paused
s1=$(part_size one.mp3)
sleep 0.6
same "nothing more arrives while paused (.part of $s1 bytes)" "$(part_size one.mp3)" "$s1"
same "the cache says paused" "$(state_of one.mp3)" 2
keys p
row_shows "p again resumes it" one.mp3 downloading
row_shows "the file arrives" one.mp3 done 15
contains "asked from where the .part ended" "$(grep '/ep/one.mp3' "$SLOG" | tail -n 1)" "\"range\": \"bytes=$s1-\""
same "whole (sha256)" "$(sha256sum "$(file_of one.mp3)" | cut -c1-64)" "$want"
same "no .part is left" "$(part_size one.mp3)" none
hides "the status line lets go of it" "Downloading"

# ---- P and Enter play ------------------------------------------------------------------------
keys G P
n=0; while [ ! -s "$T/played" ] && [ $n -lt 60 ]; do sleep 0.05; n=$((n + 1)); done
same "P plays the downloaded file with the player setting" "$(cat "$T/played" 2>/dev/null)" "--start
$(file_of one.mp3)"
same "and marks the episode read" "$(sql "SELECT read FROM items WHERE title = 'One'")" 1
shows "the list is back after the player" "Downloads (2)"

# ---- D deletes with the file, after asking -------------------------------------------------------
keys g D
shows "D asks first" "Delete two.mp3 and its file? (y/n)"
keys n
check "n keeps the file" test -n "$(file_of two.mp3)"
keys D
shows "D asks again" "Delete two.mp3 and its file?"
keys y
hides "y takes it off the list" "two.mp3"
same "and deletes its file" "$(file_of two.mp3)" ""
same "and its entry" "$(sql "SELECT count(*) FROM downloads WHERE url LIKE '%two.mp3'")" 0

# ---- x cancels a running one, keeping nothing of its .part ----------------------------------------
keys q Enter
shows "back to the episodes" "Casts (5)"
keys g j j e q d
shows "another one downloads" "three.mp3"
wait_for "kB/s" 3
keys G
contains "three is the selected row" "$(line_of three.mp3)" "downloading"
keys x
hides "x takes it off the list" "three.mp3"
same "no .part is left" "$(part_size three.mp3)" none
same "nor an entry" "$(sql "SELECT count(*) FROM downloads WHERE url LIKE '%three.mp3'")" 0

# ---- L lists the enclosure; quit puts a running download back in the queue ---------------------
keys q Enter
shows "the episodes again" "Casts (5)"
keys g j j Enter
shows "the article" "Title: Three"
keys L
shows "L lists the enclosure with its type and size" "[enclosure] audio/mpeg 500.0 kB"
contains "and its URL" "$(line_of '[enclosure]')" "$URL/ep/three.mp3"
keys q e
shows "e in an article queues it" "1 enclosure queued for download"
shows "and it downloads" "Downloading" 3
n=0; while [ "$(part_size three.mp3)" = none ] || [ "$(part_size three.mp3)" = 0 ]; do sleep 0.05; n=$((n + 1)); [ $n -lt 60 ] || break; done
keys Q
shows "Q quits while it downloads" "[exit 0]"
same "the download went back to the queue" "$(state_of three.mp3)" 0
check "its .part stays for a resume" test "$(part_size three.mp3)" != none
same "nothing went to stderr" "$(cat "$T/stderr")" ""

# ---- another tidings runs the queue ------------------------------------------------------------
"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" download >"$T/dl.out" 2>&1 &
dl_pid=$!
n=0; while [ "$(state_of three.mp3)" != 1 ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
start_ui 110 24
keys g j j Enter
shows "the episodes" "Casts (5)"
keys j e
shows "e while tidings download runs says who fetches it" "downloads are running in another tidings (pid $dl_pid)"
keys q d
shows "the list shows the other one's download" "three.mp3"
wait "$dl_pid"
same "tidings download fetched what the interface queued" "$(grep -c 'done' "$T/dl.out")" 2
row_shows "the list follows another process's progress" three.mp3 done 3
check "two.mp3 arrived" test -n "$(file_of two.mp3)"

# ---- podcast-auto-enqueue: R queues the new episode and the interface fetches it ----------------------
echo "$URL/daily.xml podcast-auto-enqueue=yes" >>"$T/urls"
keys q R
shows "R says it queued the new episode" "1 queued for download" 10
n=0; while [ -z "$(file_of daily.mp3)" ] && [ $n -lt 100 ]; do sleep 0.05; n=$((n + 1)); done
check "and the interface downloads it at once" test -n "$(file_of daily.mp3)"
keys Q
shows "Q quits" "[exit 0]"
same "nothing went to stderr" "$(cat "$T/stderr")" ""
done_testing
