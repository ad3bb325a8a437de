#!/bin/sh
# download.sh: podcasts: enqueue, downloads, download against the loopback server: several at once with the right bytes,
# a cut download resumed with a Range, a server that ignores Range, hostile names, a file:// enclosure refused, a full disk.
. "$top_srcdir/tests/net/lib.sh"

SIZE=100000
fx=$(fixture dl.json <<JSON
{"/casts.xml": {"body_file": "casts.xml"},
 "/daily.xml": {"body_file": "daily.xml"},
 "/ep/one.mp3": {"body_pattern": $SIZE, "ranges": true, "rate": 200000},
 "/ep/two.mp3": {"body_pattern": $SIZE, "ranges": true, "cut_once": 30000, "rate": 200000},
 "/ep/three.mp3": {"body_pattern": $SIZE, "cut_once": 30000, "rate": 200000},
 "/ep/%2F..%2F..%2Fevil.mp3": {"body_pattern": 1000},
 "/ep/-rf": {"body_pattern": 1000, "headers": {"Content-Type": "audio/mpeg"}}}
JSON
)
start_server "$fx"
python3 - "$NETDIR_T/casts.xml" "$URL" <<'PY'
import sys
path, url = sys.argv[1:3]
eps = [("One", url + "/ep/one.mp3"), ("Two", url + "/ep/two.mp3"), ("Three", url + "/ep/three.mp3"),
       ("Local", "file:///etc/passwd"), ("../../x $(touch PWNED)", url + "/ep/%2F..%2F..%2Fevil.mp3"),
       ("-rf " + "long " * 60, url + "/ep/-rf")]
items = "".join('<item><title>%s</title><guid>g%d</guid><pubDate>Mon, 0%d Jan 2024 10:00:00 GMT</pubDate>'
                '<enclosure url="%s" type="audio/mpeg" length="%d"/></item>'
                % (t.replace("&", "&amp;").replace("<", "&lt;"), i, i + 1, u, 100000 if i < 3 else 0)
                for i, (t, u) in enumerate(eps))
open(path, "w").write('<rss version="2.0"><channel><title>Casts: the show/ep</title>%s</channel></rss>' % items)
daily = "".join('<item><title>Day %d</title><guid>d%d</guid><pubDate>Mon, %02d Jan 2024 10:00:00 GMT</pubDate>'
                '<enclosure url="%s/ep/day%d.mp3" type="audio/mpeg"/></item>' % (i, i, i + 1, url, i) for i in range(5))
open(path.replace("casts.xml", "daily.xml"), "w").write('<rss version="2.0"><channel><title>Daily</title>%s</channel></rss>' % daily)
PY
echo "$URL/casts.xml" >"$T/urls"
DL=$T/dl
printf 'set download-path %s\nset max-downloads 3\n' "$DL" >"$T/config"
tid() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" "$@"; }
id_of() { sql "SELECT id FROM items WHERE title LIKE '$1%'"; }
sha() { sha256sum "$1" 2>/dev/null | cut -c1-64; }
want=$(python3 -c "import hashlib,sys; sys.path.insert(0, '$NETDIR'); print(hashlib.sha256(bytes((i * 131 + i // 251 + 7) % 256 for i in range($SIZE))).hexdigest())")

tid refresh >/dev/null
check "the feed with six episodes is stored" test "$(sql 'SELECT count(*) FROM items')" = 6

# ---- enqueue ------------------------------------------------------------------------
out=$(tid enqueue "$(id_of One)" "$(id_of Two)" "$(id_of Three)" 2>&1); rc=$?
same "enqueue three episodes" "$rc" 0
contains "it says what it queued" "$out" "$(id_of One): 1 queued"
tid enqueue "$(id_of Local)" >/dev/null 2>"$T/err"; rc=$?
same "a file:// enclosure is refused" "$rc" 1
contains "with a message naming the URL" "$(cat "$T/err")" "not an http(s) address, not downloaded: file:///etc/passwd"
same "and nothing of it is queued" "$(sql "SELECT count(*) FROM downloads WHERE url LIKE 'file:%'")" 0
tid enqueue "$(id_of One)" >/dev/null
same "queued twice, one entry" "$(sql "SELECT count(*) FROM downloads")" 3
json=$(tid downloads --json)
contains "downloads --json lists them queued" "$json" '"state":"queued"'
contains "with their URL and expected size" "$json" "\"url\":\"$URL/ep/one.mp3\""
contains "and the total the feed announced" "$json" '"total":100000'

# ---- three at once; two are cut off midway -----------------------------------------------
out=$(tid download 2>&1); rc=$?
same "a download run with failures exits 1" "$rc" 1
f1="$DL/Casts: the show_ep/one.mp3"
check "the default name: the feed's directory (its '/' made safe), the URL's file name" test -f "$f1"
same "one.mp3 arrived whole (sha256)" "$(sha "$f1")" "$want"
contains "a line per file: done" "$out" "one.mp3: done"
contains "a cut download says so" "$out" "two.mp3: error:"
part2=$(find "$DL" -name 'two.mp3.part')
same "the cut file keeps its .part" "$(stat -c %s "$part2" 2>/dev/null)" 30000
same "and its queue entry (failed)" "$(sql "SELECT state FROM downloads WHERE url LIKE '%two.mp3'")" 4
python3 - "$SLOG" <<'PY' && pass "the three went at the same time" || fail "the three went at the same time"
import json, sys
# one.mp3 takes half a second at the fixture's rate: the others began before it ended
t = [json.loads(l)["t"] for l in open(sys.argv[1]) if "/ep/" in l][:3]
sys.exit(0 if len(t) == 3 and max(t) - min(t) < 0.4 else 1)
PY

# ---- resume: a Range from the .part's end; a server that ignores it --------------------------
out=$(tid download 2>&1); rc=$?
same "the second run completes them" "$rc" 0
contains "and says so" "$out" "2 downloaded, 0 failed"
f2=$(find "$DL" -name two.mp3)
same "two.mp3 resumed with the right bytes (sha256)" "$(sha "$f2")" "$want"
contains "by asking for the rest with a Range" "$(grep '/ep/two.mp3' "$SLOG" | tail -n 1)" '"range": "bytes=30000-"'
f3=$(find "$DL" -name three.mp3)
same "three.mp3: the server ignored the Range, the file started over (no second copy)" "$(sha "$f3")" "$want"
same "no .part is left" "$(find "$DL" -name '*.part' | wc -l | tr -d ' ')" 0
same "downloads --json: all done" "$(tid downloads --json | grep -o '"state":"done"' | wc -l | tr -d ' ')" 3

# ---- the enclosures in items --json, show, and their files ------------------------------------
encl=$(tid items --json | python3 -c '
import json, sys
for i in json.load(sys.stdin):
    for e in i["enclosures"]:
        if e["url"].endswith("two.mp3"):
            print(e["type"], e["length"], e["path"])')
same "items --json has the enclosure with its type, length and downloaded file" "$encl" "audio/mpeg 100000 $f2"
out=$(tid show "$(id_of Two)")
contains "show names the enclosure with its type and size" "$out" "Enclosure: $URL/ep/two.mp3 (audio/mpeg, 0.1 MB)"
contains "and the file it was downloaded to" "$out" "File: $f2"

# ---- %e and %E: the enclosure's URL and its file, one argument each ------------------------------
printf '#!/bin/sh\nfor a in "$@"; do printf "%%s\\n" "$a"; done >"%s/args"\n' "$T" >"$T/rec"
chmod +x "$T/rec"
tid -x --item "$(id_of Two)" "exec -q $T/rec %e %E" >/dev/null 2>&1
same "exec gets %e (the URL) and %E (the downloaded file)" "$(cat "$T/args" 2>/dev/null)" "$URL/ep/two.mp3
$f2"
err=$(tid -x --item "$(id_of Local)" "exec -q $T/rec %E" 2>&1 >/dev/null)
contains "%E without a downloaded file says so" "$err" "the enclosure is not downloaded"

# ---- hostile names ----------------------------------------------------------------------------
tid enqueue "$(id_of '../..')" "$(id_of -rf)" >/dev/null 2>&1
tid download >/dev/null 2>&1
inside=$(find "$DL" -type f | while read -r f; do case $(realpath "$f") in "$(realpath "$DL")"/*) ;; *) echo "$f" ;; esac; done)
same "every file stays inside download-path" "$inside" ""
check "nothing ran from a title" test ! -e PWNED -a ! -e "$DL/PWNED"
bad=$(find "$DL" | sed "s|^$DL||" | grep -E '/[-.]|/\.\.' || true)
same "no name starts with '-' or '.', none is '..'" "$bad" ""
long=$(find "$DL" -type f | awk -F/ '{ if (length($NF) > 130) print $NF }')
same "a 300-character title makes a bounded name" "$long" ""
evil=$(sql "SELECT path FROM downloads WHERE url LIKE '%evil%'")
contains "%2F in a URL is no directory" "$evil" "$DL/"
same "the encoded name is one file name" "$(echo "${evil#"$DL"/}" | tr -cd '/' | wc -c | tr -d ' ')" 1

# ---- names that clash -------------------------------------------------------------------------
sql "UPDATE downloads SET state = 0, path = NULL, bytes = 0 WHERE url LIKE '%one.mp3'"
tid download >/dev/null 2>&1
same "a name taken by another file gets a number" "$(find "$DL" -name 'one (2).mp3' | wc -l | tr -d ' ')" 1

# ---- podcast-auto-enqueue: a refresh queues the newest episodes of the feeds that ask ------------
echo "$URL/daily.xml podcast-auto-enqueue=yes" >>"$T/urls"
out=$(tid refresh)
contains "a refresh queues the new episodes of a feed with podcast-auto-enqueue, and says so" "$out" "3 queued for download"
same "the newest three, not the whole archive" \
	"$(sql "SELECT group_concat(substr(url, -8), ' ') FROM (SELECT url FROM downloads WHERE url LIKE '%day%' ORDER BY url)")" \
	"day2.mp3 day3.mp3 day4.mp3"
same "a feed without it queues nothing" "$(sql "SELECT count(*) FROM downloads WHERE url LIKE '%casts%'")" 0

# ---- a download path that cannot be written -------------------------------------------------------
printf 'set download-path %s/not-a-dir/x\n' "$T/urls" >"$T/config"
sql "UPDATE downloads SET state = 0, path = NULL, bytes = 0 WHERE url LIKE '%two.mp3'"
out=$(tid download 2>&1); rc=$?
same "an unwritable download-path fails the run" "$rc" 1
contains "with the reason" "$out" "Not a directory"
same "the queue entry is kept" "$(sql "SELECT state FROM downloads WHERE url LIKE '%two.mp3'")" 4

# ---- a full disk ---------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -m true 2>/dev/null; then
	mkdir -p "$T/small"
	printf 'set download-path %s/small\n' "$T" >"$T/config"
	sql "UPDATE downloads SET state = 0, path = NULL, bytes = 0 WHERE url LIKE '%three.mp3'"
	out=$(unshare -m sh -c 'mount -t tmpfs -o size=48k tmpfs "$1" && shift && "$@"' sh "$T/small" \
		"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" download 2>&1); rc=$?
	same "a full disk fails the download" "$rc" 1
	contains "and says so in one line" "$out" "disk full"
	same "the entry waits, failed, for a later resume" "$(sql "SELECT state FROM downloads WHERE url LIKE '%three.mp3'")" 4
else
	skip "a full disk fails the download (a tmpfs of 48 KiB)" "needs root and unshare -m"
fi
done_testing
