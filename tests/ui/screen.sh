#!/bin/sh
# screen.sh: resizing, tiny terminals, wide characters and combining marks, hostile titles, colors and NO_COLOR, the mouse.
. "$top_srcdir/tests/ui/lib.sh"
standard_cache

# width_ok COLS: every screen line fits in COLS display columns
widths() {
	screen | /usr/bin/python3 -c '
import sys, unicodedata
def w(s):
    n = 0
    for c in s:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        n += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return n
print(max(w(l.rstrip("\n")) for l in sys.stdin))'
}
# col_of TEXT: the display column where TEXT starts on its line
col_of() {
	screen | /usr/bin/python3 -c '
import sys, unicodedata
needle = sys.argv[1]
for l in sys.stdin:
    i = l.find(needle)
    if i >= 0:
        print(sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l[:i]))
        break' "$1"
}

start_ui 100 30
shows "starts at 100x30" "Feeds (9 unread)"
before_title=$(tm display -p -t 0 '#{pane_title}')

# ---- wide characters ------------------------------------------------------------
shows "a CJK feed title" "世界のニュース"
same "the counts column is the same for wide and narrow titles" "$(col_of '世界のニュース')" "$(col_of 'Example News')"
keys Enter
shows "All unread lists the wide titles" "東京で桜が満開 🌸 春の訪れ"
same "titles start in the same column after a wide feed name" "$(col_of '東京で桜')" "$(col_of 'Harbour bridge')"
cafe=$(printf 'Cafe\314\201 ole\314\201 combining')
shows "combining marks stay with their letter" "$cafe"
same "a line with combining marks keeps its columns" "$(col_of "$cafe")" "$(col_of 'Harbour bridge')"
same "no line is wider than the screen" "$(widths)" "100"
contains "the title bar ends at the right edge with a wide title" "$(screen | head -n 1)" "?:help"
keys q

# ---- hostile titles -------------------------------------------------------------
keys G Enter
shows "a feed whose titles carry escape sequences opens" "Clear  screen attack"
shows "a title setting the window title shows inert" "Title  set"
shows "an OSC 52 title shows inert" "Clip  board  C1"
shows "the author's escape is gone too" "(Mallory  blink)"
shows "the screen was not cleared under us: the bar is still there" "q:back ?:help"
keys Enter
shows "the article of a hostile item opens" "Body clipboard attack"
same "the window title did not change" "$(tm display -p -t 0 '#{pane_title}')" "$before_title"
same "no clipboard write got through" "$(tm list-buffers 2>/dev/null | wc -l | tr -d ' ')" "0"
if screen | grep -q "$(printf '\033')"; then fail "no escape character on the screen"; else pass "no escape character on the screen"; fi
keys q q

# ---- resizing ------------------------------------------------------------------
tm resize-window -t 0 -x 60 -y 20
shows "a resize redraws the title bar" "Feeds (8 unread)"
same "every line fits the new width" "$(widths)" "60"
keys g j j Enter
shows "the headlines at 60 columns" "Harbour bridge"
keys Enter
shows "the article at 60 columns" "Title: Harbour bridge"
tm resize-window -t 0 -x 40 -y 10
# tmux keeps the old screen's bottom lines until tidings draws: the title
# bar on the first row is the new drawing
first_row() { screen | head -n 1; }
i=0; while ! first_row | grep -q "^tidings - Example News" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
contains "40x10: the article is laid out again" "$(first_row)" "tidings - Example News"
shows "40x10: its header at the new width" "Title: Harbour bridge"
same "40x10: nothing wider than 40 columns" "$(widths)" "40"
same "40x10: ten lines" "$(screen | wc -l | tr -d ' ')" "10"
keys Space
hides "Space pages down: the header scrolls away" "Title: Harbour" 3
shows "the text is there below it" "The harbour bridge opened at dawn" 3
if screen | grep -q "dawn after six"; then fail "the text wraps at the new width"; else pass "the text wraps at the new width"; fi
keys b
shows "b pages back up" "Title: Harbour" 3
keys q
shows "40x10: the headlines" "Example News (3)"
same "40x10: the short date" "$(line_of 'Harbour' | cut -c6-10)" "01-06"
keys q
shows "40x10: the feed list" "All unread"
keys '?'
shows "40x10: help" "Help: feeds"
keys q
tm resize-window -t 0 -x 100 -y 30
shows "back at 100 columns the bar has its hint again" "?:help"
same "and uses the whole width" "$(widths)" "100"

# ---- colors ----------------------------------------------------------------------
colored=$(tm capture-pane -p -e -t 0 | head -n 1)
contains "the title bar has its color" "$colored" "44m"
keys Q
wait_for "[exit 0]" 5
start_ui 100 30 NO_COLOR=1
shows "starts with NO_COLOR" "Feeds (7 unread)"
plain=$(tm capture-pane -p -e -t 0)
case $plain in *"[3"[0-7]m*|*"[4"[0-7]m*|*";3"[0-7]m*|*";4"[0-7]m*) fail "NO_COLOR: no color on the screen" "$plain" ;; *) pass "NO_COLOR: no color on the screen" ;; esac
contains "NO_COLOR: the bar is still set apart (reverse)" "$(printf '%s' "$plain" | head -n 1)" "[7m"

# ---- mouse -------------------------------------------------------------------------
# an X10 mouse report as the terminal sends it: ESC [ M, button+32, column+33, row+33
keys j j
click() { tm send-keys -t 0 -l "$(printf '\033[M%b%b%b' "\\0$(printf '%o' $((32 + $1)))" "\\0$(printf '%o' $((33 + $2)))" "\\0$(printf '%o' $((33 + $3)))")"; }
click 0 20 4; click 3 20 4
click 0 20 4; click 3 20 4
shows "a click selects a feed, a second one opens it" "世界のニュース (3)" 3
keys Q
wait_for "[exit 0]" 5

# ---- OSC 8 hyperlinks ------------------------------------------------------------
echo "set hyperlinks yes" >>"$T/config"
start_ui 100 30
keys g j j Enter Enter
shows "with hyperlinks on, the article is drawn as before" "six months of repairs[1]. Engineers"
shows "the link line is intact" "See the detour map[2] for details."
shows "the header too" "Title: Harbour bridge reopens after repairs"
keys j k
shows "and after scrolling" "six months of repairs[1]. Engineers"
same "nothing spilled onto the screen" "$(screen | grep -c '8;;')" "0"
keys Q
shows "Q quits" "[exit 0]"
done_testing
