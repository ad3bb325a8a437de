#!/bin/sh
# views.sh: every view and the default keys that move through them, on the real binary in tmux.
. "$top_srcdir/tests/ui/lib.sh"
standard_cache
start_ui 100 30

# ---- feeds -----------------------------------------------------------------
shows "the feed list shows the feeds" "Example News"
shows "the title bar counts the unread articles" "Feeds (9 unread)"
contains "a feed shows unread/total and its tags" "$(line_of 'Example News')" "3/3"
contains "tags follow the title" "$(line_of 'Example News')" "news local"
contains "the virtual feed All unread counts every unread article" "$(line_of 'All unread')" "9"
contains "the virtual feed Flagged is there" "$(line_of 'Flagged')" "0"

keys Enter
shows "Enter on All unread lists every unread article" "All unread (9)"
contains "a virtual list names each article's feed" "$(line_of 'Harbour bridge')" "Example News"
keys q
shows "q goes back to the feeds" "Feeds (9 unread)"

# ---- headlines ---------------------------------------------------------------
keys j j Enter
shows "Enter opens a feed's headlines" "Example News (3)"
row=$(line_of 'Harbour bridge')
contains "a headline shows the date" "$row" "2025-01-06"
contains "a headline shows the author" "$row" "(Ada Lovelace)"
same "an unread headline is marked N" "$(printf '%s' "$row" | cut -c2)" "N"
keys m
wait_for ' N! ' 2
same "m flags the article" "$(line_of 'Harbour bridge' | cut -c2-3)" "N!"
keys N
wait_for '  ! ' 2
same "N marks it read" "$(line_of 'Harbour bridge' | cut -c2-3)" " !"
keys N m
wait_for ' N  ' 2
same "N and m again undo both" "$(line_of 'Harbour bridge' | cut -c2-3)" "N "
keys G Enter
shows "G goes to the last headline" "Title: Market square gets new fountain"
keys q k Enter
shows "k goes up a line" "Title: Library extends opening hours"
keys q g Enter
shows "g goes to the first headline" "Title: Harbour bridge reopens after repairs"
keys q Down Enter
shows "Down arrow moves too" "Title: Library extends opening hours"
keys q
# a change from another process (as a cron refresh makes) shows up by itself
"$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" unread 2 3 >/dev/null
wait_for " N  $(date -d @1736071200 +%Y-%m-%d)" 5
same "a change made by another process shows up in the list" "$(line_of 'Library extends' | cut -c2)" "N"
keys Up PPage NPage PPage Enter
shows "Up, PgDn and PgUp move in the list" "Title: Harbour bridge reopens after repairs"

# ---- article -----------------------------------------------------------------
shows "the article header names the feed" "Feed: Example News"
shows "the header names the author" "Author: Ada Lovelace"
shows "the header has the link" "Link: http://127.0.0.1/news/bridge"
shows "the header lists the enclosure" "Enclosure: http://127.0.0.1/news/bridge.mp3"
shows "the body is rendered with numbered links" "six months of repairs[1]"
shows "headings are rendered" "Traffic flows again"
shows "quotes get the quote bar" "│ It is stronger than ever"
keys L
shows "L lists the article's links" "[1] six months of repairs"
shows "with their URLs" "http://127.0.0.1/news/repairs"
keys j y
shows "y copies the selected link and says how" "copied (tmux): http://127.0.0.1/news/map"
same "the copy reached the clipboard (tmux buffer)" "$(tm show-buffer 2>&1)" "http://127.0.0.1/news/map"
keys Enter
i=0; while [ ! -s "$T/opened" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
same "Enter in the links opens the link in the browser setting" "$(cat "$T/opened" 2>/dev/null)" "http://127.0.0.1/news/map"
keys q
shows "q goes back to the article" "Title: Harbour bridge"
keys s
shows "s lists share services" "Hacker News"
shows "the share URLs are percent-encoded" "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F127.0.0.1%2Fnews%2Fbridge"
want=$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" share 1 --service hackernews)
keys G
# hackernews is before telegram and whatsapp
keys k k y
wait_for "copied" 3
same "y copies a share link exactly as tidings share prints it" "$(tm show-buffer 2>&1)" "$want"
keys q
: >"$T/opened"
keys o
i=0; while [ ! -s "$T/opened" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
same "o opens the article's link" "$(cat "$T/opened" 2>/dev/null)" "http://127.0.0.1/news/bridge"
shows "the screen comes back after the browser" "Title: Harbour bridge"
keys y
wait_for "copied" 3
same "y copies the article's link" "$(tm show-buffer 2>&1)" "http://127.0.0.1/news/bridge"
keys /
shows "/ in an article asks what to find" "Find in article:"
type_text "lighthouse"
keys Enter
shows "the match is counted" "1 line matches"
keys '|'
shows "| asks for a command" "Pipe the article to:"
type_text "sh -c 'cat > $T/piped'"
keys Enter
i=0; while [ ! -s "$T/piped" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
contains "| sends the article's text to the command" "$(cat "$T/piped" 2>/dev/null)" "six months of repairs[1]"
contains "with the links listed" "$(cat "$T/piped" 2>/dev/null)" "http://127.0.0.1/news/repairs"
shows "the screen is drawn again after the command" "Title: Harbour bridge"
keys n
shows "n goes to the next match while a search is shown" "search wrapped around"
keys /
keys Enter
keys f
shows "f fetches the full article and says when it cannot" "cannot fetch the article" 20
keys n
shows "n goes to the next unread article" "Title: Library extends opening hours"
shows "code is shown" "books.lend()"
keys p
shows "p finds no earlier unread article (the first was read)" "no earlier unread article"
keys q
shows "back in the headlines" "Example News (3)"
same "opening an article marked it read" "$(line_of 'Harbour bridge' | cut -c2)" " "
keys A
shows "A marks the whole list read" "marked read"
keys q

# ---- feeds: tags, next unread, mark feed read, errors -----------------------
shows "back in the feeds, counts follow" "Feeds (6 unread)"
keys t
shows "t asks for a tag" "Show feeds with tag"
type_text "world"
keys Enter
shows "t world keeps the tagged feed" "世界のニュース"
hides "and hides the others" "Example News"
keys t
keys C-u Enter
shows "an empty tag shows every feed again" "Example News"
keys g n
wait_for "世界" 1
keys A
shows "A marks the selected feed read" "3 articles marked read"
shows "the count goes down" "Feeds (3 unread)"
keys E
shows "E opens the errors view" "No feed failed at its last refresh."
keys q

# ---- help --------------------------------------------------------------------
keys '?'
shows "? opens the help of the view" "Help: feeds"
helptext=$(screen)
for k in 1 2 3 4 5 6 7 8; do keys NPage; sleep 0.1; helptext="$helptext
$(screen)"; done
missing=
for a in $(sed -n 's/.*"bind .* \([a-z-]*\)",$/\1/p' "$top_srcdir/src/cmd/keys_default.c" | sort -u); do
	case $helptext in *" $a "*|*" $a") ;; *) missing="$missing $a" ;; esac
done
same "the help lists every bound action" "$missing" ""
contains "and the actions without a key" "$helptext" ":print-unread"
keys q

# ---- leaving -----------------------------------------------------------------
keys Q
shows "Q quits" "[exit 0]"
same "the terminal is back on the normal screen" "$(tm display -p -t 0 '#{alternate_on}')" "0"
done_testing
