#!/bin/sh
# extract.sh: `tidings extract` finds the article on real pages (per-page F1 floors and
# an overall score), says so when a page has none, prints JSON, and fetches URLs.
. "$top_srcdir/tests/lib/tap.sh"
D="$top_srcdir/tests/data/readability"
PY=/usr/bin/python3

# Scores: one assertion per page against its floor, and the mean.
"$PY" "$top_srcdir/tests/text/score.py" "$TIDINGS" "$D" >"$T/scores" || fail "the scorer runs"
while read -r case floor; do
	case $case in '#'*|'') continue ;; esac
	got=$(awk -v c="$case" '$1 == c { print $2 }' "$T/scores")
	if [ -n "$got" ] && awk -v g="$got" -v f="$floor" 'BEGIN { exit !(g >= f) }'; then
		pass "extract $case: F1 $got >= $floor"
	else
		fail "extract $case: F1 ${got:-none} >= $floor"
	fi
done <"$D/floors.txt"
mean=$(awk '{ s += $2; n++ } END { if (n) printf "%.3f", s / n }' "$T/scores")
if awk -v m="$mean" 'BEGIN { exit !(m >= 0.95) }'; then
	pass "mean F1 over $(wc -l <"$T/scores") pages is $mean >= 0.95"
else
	fail "mean F1 over the pages is $mean >= 0.95"
fi

# Pages without an article: exit 1, one line, nothing on stdout.
for f in no-article index-page; do
	"$TIDINGS" extract "$D/$f.html" >"$T/out" 2>"$T/err"
	same "$f: exits 1" "$?" 1
	same "$f: one line on stderr" "$(wc -l <"$T/err")" 1
	same "$f: nothing on stdout" "$(wc -c <"$T/out")" 0
done

# JSON: one document with the contract's keys; links absolute against --base.
"$TIDINGS" extract "$D/base-url/source.html" --format json --base http://fakehost/test/page.html >"$T/json"
keys=$("$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(sorted(d))); print(d["links"][0]["url"])' "$T/json" 2>&1)
same "--format json has the contract's keys; links resolved against --base" "$keys" \
"byline html links published site_name text title
http://fakehost/test/foo/bar/baz.png"
"$TIDINGS" extract "$D/001/source.html" --format json >"$T/json"
title=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"])' "$T/json")
same "the title comes from the page's metadata" "$title" "Get your Frontend JavaScript Code Covered | Code"
text=$("$TIDINGS" extract "$D/001/source.html")
jtext=$("$PY" -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["text"])' "$T/json")
same "the JSON text is the text mode's output" "$jtext" "$text"

"$TIDINGS" extract 2>/dev/null
same "extract without a page is bad usage" "$?" 2
"$TIDINGS" extract "$D/001/source.html" --format xml 2>/dev/null
same "an unknown --format is bad usage" "$?" 2

# URLs: fetched from a loopback server started (and stopped) here.
"$PY" "$top_srcdir/tests/text/serve.py" "$D/base-url/source.html" >"$T/port" &
server=$!
trap 'kill "$server" 2>/dev/null; tap_cleanup' EXIT
i=0
while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$T/port")
url="http://127.0.0.1:$port"
"$TIDINGS" extract "$url/article" >"$T/out"
same "extract URL fetches and extracts" "$?" 0
same "the same text as from the file" "$(cat "$T/out")" "$("$TIDINGS" extract "$D/base-url/source.html")"
"$TIDINGS" extract "$url/moved" --format json >"$T/json"
first=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["links"][0]["url"])' "$T/json")
contains "redirects are followed; links resolve against the final URL" "$first" "$url/"
"$TIDINGS" extract "$url/to-file" 2>"$T/err"
same "a redirect to file:// is refused" "$?" 1
"$TIDINGS" extract "$url/missing" 2>"$T/err"
same "an HTTP error exits 1" "$?" 1
contains "and says which" "$(cat "$T/err")" "404"
kill "$server" 2>/dev/null
done_testing
