#!/bin/sh
# parse.sh: `tidings parse` on real feeds, broken feeds and hostile input.
. "$top_srcdir/tests/lib/tap.sh"
D="$top_srcdir/tests/data/parse"
PY=/usr/bin/python3

# field FILE EXPR: evaluate a Python expression over the parse JSON (as d)
field() {
	"$TIDINGS" parse "$1" 2>/dev/null | $PY -c "import json,sys; d=json.load(sys.stdin); print($2)"
}

same "a bare & does not eat the references after it" \
	"$(field "$D/entities.xml" "d['title']")" "Fish & Chips & more <3"
nbsp=$(printf '\302\240')
same "HTML entities in RSS are decoded, unknown ones kept" \
	"$(field "$D/entities.xml" "d['items'][0]['title']")" "Café${nbsp}crème © 2024 &unknown; “q” –"
same "double-escaped markup in titles is reduced to text" \
	"$(field "$D/entities.xml" "d['items'][1]['title']")" "Bold & title"
same "descriptions stay HTML" \
	"$(field "$D/entities.xml" "d['items'][0]['summary']")" "<p>A &amp; B</p>"
same "ISO-8859-1 is read as windows-1252" \
	"$(field "$D/latin1-cp1252.xml" "d['title'] + '|' + d['items'][0]['title']")" "Café “quoted”|Naïve – dash"
same "relative links resolve against the channel link" \
	"$(field "$D/latin1-cp1252.xml" "d['items'][0]['link']")" "http://example.com/rel/1"
same "RFC 822 dates with an offset become UTC" \
	"$(field "$D/latin1-cp1252.xml" "d['items'][0]['published']")" "2003-06-10T02:00:00Z"
same "a stray windows-1252 byte in UTF-8 is repaired" \
	"$(field "$D/utf8-stray.xml" "d['title']")" "Stray é byte"
same "KOI8-R" "$(field "$D/koi8r.xml" "d['title'] + ' ' + d['items'][0]['title']")" "Привет Мир"
same "UTF-16 with a BOM" "$(field "$D/utf16le-bom.xml" "d['items'][0]['title']")" "日本語"
same "--charset overrides what the document says" \
	"$("$TIDINGS" parse --charset koi8-r "$D/utf8-stray.xml" | $PY -c "import json,sys; print(json.load(sys.stdin)['items'][0]['title'])")" "ok ц╘"
same "xml:base at every level, also on the link element" \
	"$(field "$D/xmlbase.xml" "d['link'] + ' ' + d['items'][0]['link'] + ' ' + d['items'][1]['link']")" \
	"http://example.org/blog/index.html http://example.org/blog/2024/post.html http://other.example/x/y"
same "Atom enclosures, authors, fractional-second offsets" \
	"$(field "$D/xmlbase.xml" "d['items'][0]['enclosures'][0]['url'] + ' ' + d['items'][0]['author'] + ' ' + d['items'][0]['updated']")" \
	"http://example.org/media/a.mp3 Ann 2024-03-01T09:00:00Z"
same "xhtml content loses its wrapping div" \
	"$(field "$D/xmlbase.xml" "d['items'][0]['content']")" "<p>Hello <b>world</b></p>"
same "html titles become plain text" "$(field "$D/xmlbase.xml" "d['title']")" "Base test"
same "a feed without guids gives null ids" "$(field "$D/entities.xml" "d['items'][0]['id']")" "None"
same "broken XML: unclosed void tags and a cut-off end still give both items" \
	"$(field "$D/broken.xml" "len(d['items']), d['items'][1]['title']")" "2 Two"
same "JSON Feed 1.1" \
	"$(field "$D/feed.json" "d['format'], d['items'][0]['id'], d['items'][0]['link'], d['items'][0]['author'], d['items'][0]['published'], d['items'][0]['enclosures'][0]['length']")" \
	"jsonfeed 42 https://example.org/posts/1 Feed Author 2024-01-02T08:04:05Z 99"
same "JSON Feed content_text is escaped into HTML" \
	"$(field "$D/feed.json" "d['items'][1]['content']")" "plain &lt;text&gt;"

# entity bombs and external entities: nothing expands, nothing is read
out=$(timeout 10 "$TIDINGS" parse "$D/bomb.xml" 2>&1); rc=$?
same "an entity bomb parses at once" "$rc" 0
case $out in *root:*) fail "an external entity is never loaded" "$out" ;; *) pass "an external entity is never loaded" ;; esac
[ "${#out}" -lt 2000 ] && pass "entities are not expanded recursively" || fail "entities are not expanded recursively" "${#out} bytes"

for f in notfeed.html empty.xml broken.json; do
	"$TIDINGS" parse "$D/$f" >"$T/out" 2>"$T/err"; rc=$?
	same "$f is not a feed: exit 1" "$rc" 1
	same "$f: one line on stderr" "$(wc -l <"$T/err")" 1
	same "$f: nothing on stdout" "$(wc -c <"$T/out")" 0
done
same "stdin works" "$(cat "$D/entities.xml" | "$TIDINGS" parse - | $PY -c "import json,sys; print(len(json.load(sys.stdin)['items']))")" 2

# every corpus file: valid JSON or exit 1 with one line, never a crash
crashes=0; badjson=0; n=0
for f in "$top_srcdir"/tests/data/feeds/*/*.xml "$D"/*; do
	n=$((n + 1))
	"$TIDINGS" parse "$f" >"$T/out" 2>"$T/err"; rc=$?
	if [ $rc -gt 1 ]; then crashes=$((crashes + 1)); echo "# exit $rc on $f"; continue; fi
	if [ $rc -eq 0 ] && ! $PY -c "import json,sys; json.load(open(sys.argv[1]))" "$T/out" 2>/dev/null; then
		badjson=$((badjson + 1)); echo "# bad JSON from $f"
	fi
	if [ $rc -eq 1 ] && [ "$(wc -l <"$T/err")" -ne 1 ]; then badjson=$((badjson + 1)); echo "# stderr of $f"; fi
done
same "no crash on any of the $n corpus files" "$crashes" 0
same "valid JSON (or one error line) for every file" "$badjson" 0

# agreement with feedparser, the reference parser (the scorer lives beside the project)
scorer="$SHARED_DIR/tools/feed_conformance.py"
if [ ! -f "$scorer" ]; then
	skip "conformance with feedparser >= 0.97 overall and item-level" "no scorer at $scorer"
elif ! $PY -c 'import feedparser' 2>/dev/null; then
	skip "conformance with feedparser >= 0.97 overall and item-level" "python3-feedparser is not installed"
else
	line=$($PY "$scorer" --cmd "'$TIDINGS' parse {file}" "$top_srcdir/tests/data/feeds" 2>/dev/null | grep -E '^(score=|feed-level)')
	echo "# $line" | tr '\n' ' '; echo
	$PY - "$line" <<'PYEOF' && pass "conformance with feedparser >= 0.97 overall and item-level" || fail "conformance with feedparser >= 0.97 overall and item-level" "$line"
import re, sys
s = sys.argv[1]
score = float(re.search(r'score=([0-9.]+)', s).group(1))
item = float(re.search(r'item-level score ([0-9.]+)', s).group(1))
sys.exit(0 if score >= 0.97 and item >= 0.97 else 1)
PYEOF
fi
done_testing
