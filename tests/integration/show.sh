#!/bin/sh
# show.sh: `tidings show ID`: the feed's text rendered, and --full fetching the page.
. "$top_srcdir/tests/net/lib.sh"
D=$top_srcdir/tests/data/show
cp "$D"/story.html "$D"/fixture.json "$T/"
start_server "$T/fixture.json"
sed "s/{port}/$PORT/g" "$D/feed.xml" >"$T/feed.xml"
echo "$URL/feed.xml" >"$T/urls"
refresh --quiet
check "the feed is in the cache" test "$(sql 'SELECT count(*) FROM items')" = 2
id=$(sql "SELECT id FROM items WHERE guid = 'story-1'")
tid() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" "$@"; }

out=$(tid show "$id" --width 40)
contains "the header names the title" "$out" "Title: Short summary item"
contains "the feed's own text is rendered, its link numbered" "$out" "Only a teaser with a link[1]."
contains "links are listed, absolute" "$out" "[1] $URL/more"
same "nothing was fetched for it" "$(hits /story)" 0

out=$(tid show "$id" --full --width 60)
same "show --full exits 0" "$?" 0
contains "the full article is shown" "$out" "Paragraph 8 of the full story"
case $out in *"Another story"*|*Privacy*) fail "navigation, related box and footer are left out" "$out" ;;
	*) pass "navigation, related box and footer are left out" ;; esac
same "the page was fetched once" "$(hits /story)" 1
widest=$(printf '%s\n' "$out" | awk '{ if (length($0) > w) w = length($0) } END { print w }')
[ "$widest" -le 60 ] && pass "--width wraps the text ($widest columns)" || fail "--width wraps the text" "$widest"
check "the article is kept in the cache" test -n "$(sql "SELECT article_text FROM items WHERE id = $id")"

out=$(tid show "$id" --full)
contains "a second --full reads the cache" "$out" "Paragraph 8 of the full story"
same "without fetching again" "$(hits /story)" 1
out=$(tid items --search considerable)
contains "the full article is searchable" "$out" "Short summary item"

gone=$(sql "SELECT id FROM items WHERE guid = 'story-2'")
tid show "$gone" --full >"$T/out" 2>"$T/err"; rc=$?
same "a page that cannot be fetched: exit 1" "$rc" 1
same "with one line on stderr" "$(wc -l <"$T/err")" 1
contains "that says why" "$(cat "$T/err")" "404"
tid show 999999 2>/dev/null
same "an unknown id exits 1" "$?" 1
tid show "$id" --width x 2>/dev/null
same "a bad --width is bad usage" "$?" 2
done_testing
