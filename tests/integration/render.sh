#!/bin/sh
# render.sh: `tidings render` against golden files: lists and nesting, pre, tables,
# links and images, wide characters, and hostile control characters.
. "$top_srcdir/tests/lib/tap.sh"
D="$top_srcdir/tests/data/render"
BASE=http://example.com/dir/page.html

# Each golden file NAME.wWIDTH.txt is NAME.html rendered at WIDTH columns.
for g in "$D"/*.txt; do
	name=$(basename "$g" .txt)
	html="$D/${name%.w*}.html"
	width=${name##*.w}
	"$TIDINGS" render "$html" --width "$width" --base "$BASE" >"$T/out" 2>"$T/err"
	if cmp -s "$T/out" "$g"; then
		pass "render $name matches its golden file"
	else
		fail "render $name matches its golden file" "$(diff "$g" "$T/out" | head -30)"
	fi
done

# Nothing that can drive a terminal survives, whatever the input.
for f in hostile.html hostile-latin1.html; do
	"$TIDINGS" render "$D/$f" --width 40 >"$T/out"
	bad=$(LC_ALL=C tr -d '\n' <"$T/out" | LC_ALL=C tr -d '\040-\176\200-\377' | wc -c)
	same "$f: no C0 control or ESC in the output" "$bad" 0
	c1=$(/usr/bin/python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8",errors="replace").read(); print(sum(1 for c in t if 0x80 <= ord(c) < 0xa0))' "$T/out")
	same "$f: no C1 control in the output" "$c1" 0
done

out=$(printf '<p>from <b>stdin</b></p>' | "$TIDINGS" render - --width 20)
same "render - reads stdin" "$out" "from stdin"
out=$(printf '<p>one two three four</p>' | "$TIDINGS" render - --width 9)
same "words wrap at the width, never split" "$out" "one two
three
four"
"$TIDINGS" render "$T/missing.html" 2>"$T/err"
same "a missing file exits 1" "$?" 1
same "with one line on stderr" "$(wc -l <"$T/err")" 1
"$TIDINGS" render - --width -3 </dev/null 2>/dev/null
same "a bad --width is bad usage" "$?" 2
out=$("$TIDINGS" render /dev/null --width 40)
same "an empty page renders as nothing" "$out" ""
done_testing
