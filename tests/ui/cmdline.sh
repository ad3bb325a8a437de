#!/bin/sh
# cmdline.sh: the `:` line, user bindings (with a key sequence), config problems in the status line, search, and tidings -x.
. "$top_srcdir/tests/ui/lib.sh"
standard_cache
cat >>"$T/config" <<'EOF2'
bind feeds x print-unread
bind headlines "g g" bottom
bind feeds F12 nosuch-action
set nosuch-setting 1
EOF2

start_ui 100 30
shows "a bad config line shows in the status line, not over the screen" "config:4: unknown action 'nosuch-action'"
contains "with a count of the messages waiting" "$(screen | tail -n 1)" "(+1)"
shows "the feed list is drawn all the same" "Example News"
keys C-l
shows "a key shows the next message" "config:5: unknown setting 'nosuch-setting'"
keys C-l

keys x
shows "a user binding runs its action" "9 unread articles"
keys :
shows ": opens the command line" ":"
type_text "print-unread"
keys Enter
shows ": runs an action by name" "9 unread articles"
keys : Up
shows "Up brings back the last command" ":print-unread"
keys C-u
type_text "no-such-thing"
keys Enter
shows "an unknown action is said in the status line" "no action named 'no-such-thing'"
keys : 
type_text "set refresh-minutes soon"
keys Enter
shows "a bad setting says why" "refresh-minutes wants a number"
keys :
type_text "search lighthouse"
keys Enter
shows ":search NAME runs the search" "Search: lighthouse (1)"
keys q
keys /
shows "/ asks what to search for" "Search:"
type_text "fountain OR library"
keys Enter
shows "the search finds every word (quoted, so OR is a word)" "Nothing found." 3
keys q /
type_text "harbour"
keys Enter
shows "a full-text search lists the articles found" "Harbour bridge reopens after repairs"
contains "in every feed (the feed column)" "$(line_of 'Harbour bridge')" "Example News"
keys q

keys j j Enter
shows "a feed's headlines" "Example News (3)"
keys g g Enter
shows "a two-key binding runs its action" "Title: Market square gets new fountain"
keys q q
keys Q
shows "Q quits" "[exit 0]"

# ---- signals restore the terminal -------------------------------------------------
for sig in TERM INT HUP; do
	start_ui 80 24
	shows "started (for SIG$sig)" "Feeds ("
	pid=$(pgrep -P "$(tm display -p -t 0 '#{pane_pid}')")
	kill -s "$sig" "$pid"
	shows "SIG$sig ends the interface" "[exit 0]"
	same "SIG$sig: the terminal is back on the normal screen" "$(tm display -p -t 0 '#{alternate_on}')" "0"
done

# ---- tidings -x -----------------------------------------------------------------
x() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" -x "$@"; }
out=$(x print-unread 2>/dev/null); rc=$?
same "-x print-unread exits 0" "$rc" 0
same "-x print-unread prints the count" "$out" "8 unread articles"
out=$(x "set keep-days 30" print-unread mark-all-read print-unread 2>/dev/null)
same "-x runs several actions in order" "$out" "8 unread articles
8 articles marked read
0 unread articles"
err=$(x up 2>&1 >/dev/null); rc=$?
same "an interface action fails headless" "$rc" 1
contains "and says why" "$err" "up works only in the interface"
x no-such-action >/dev/null 2>&1
same "an unknown action fails" "$?" 1
out=$(x refresh-all 2>/dev/null)
contains "-x refresh-all fetches every feed (port 9 refuses)" "$out" "3 feeds: 0 updated (0 new items), 0 unchanged, 3 failed"
done_testing
