#!/bin/sh
# scripting.sh: scripting in the interface: a user binding, a macro, undo, a query feed in the feed list, Tab and the kept history on the : line, exec -w on the terminal, colour lines.
. "$top_srcdir/tests/ui/lib.sh"
standard_cache
cat >"$T/rec" <<'EOF2'
#!/bin/sh
for a in "$@"; do printf '%s\0' "$a"; done >"$(dirname "$0")/argv"
echo "the program ran"
EOF2
chmod +x "$T/rec"
cat >>"$T/config" <<EOF2
bind feeds x print-unread
macro headlines , toggle-flag; down
query "Harbour news" text # "harbour"
bind article e exec -w $T/rec %u --title=%t
color bar red default
color sky blue default
feed http://127.0.0.1:9/news.xml bind headlines z exec -q $T/rec feed-key %u
EOF2
tid() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" "$@"; }
nq=$(tid items --feed "query:Harbour news" | wc -l)

start_ui 100 30
shows "a bad colour line is said at the start" "config:7: unknown color element 'sky'"
keys C-l
shows "a query feed is in the feed list" "Harbour news"
contains "with its unread count" "$(line_of 'Harbour news')" " $nq "
bar=$(tm capture-pane -p -e -t 0 | head -n 1)
contains "the title bar has the colour the config gives (red)" "$bar" "[31m"
keys x
shows "a user binding runs its action" "9 unread articles"

keys j j Enter
shows "Enter opens the query feed" "Harbour news ($nq)"
keys ,
wait_for ' N! ' 3
contains "the macro's first command flags the article" "$(line_of 'Harbour bridge')" "N!"
keys u
shows "u undoes the flag" "undone: toggle-flag (1 article)"
wait_gone 'N!' 3
case $(line_of 'Harbour bridge') in *'N!'*) fail "the flag is gone" "$(line_of 'Harbour bridge')" ;;
	*) pass "the flag is gone" ;; esac
keys q

keys :
type_text "tog"
keys Tab
shows "Tab completes the common part of the actions" ":toggle-"
keys Tab
shows "Tab again gives the first of them" ":toggle-flag"
keys Tab
shows "and the next" ":toggle-read"
keys C-u
type_text "set noti"
keys Tab
shows "a setting's name completes" ":set notify"
keys Tab
shows "then its values" ":set notify auto"
keys C-g
keys :
type_text "print-unread"
keys Enter
shows "the command runs" "9 unread articles"
keys Q
shows "Q quits" "[exit 0]"
contains "the command line's history is kept" "$(cat "$XDG_DATA_HOME/tidings/history")" "print-unread"

start_ui 100 30
keys C-l : Up
shows "the next run brings it back with Up" ":print-unread"
keys C-g
keys j j j Enter Enter
shows "an article" "Title: Harbour bridge reopens after repairs"
keys e
shows "exec -w gives the terminal to the program" "the program ran"
shows "and waits for Enter before the screen comes back" "[press Enter to return to tidings]"
keys Enter
shows "then the article is back" "Title: Harbour bridge reopens after repairs"
got=$(tr '\0' '\n' <"$T/argv")
same "the program got the link and title, one argument each" "$got" "http://127.0.0.1/news/bridge
--title=Harbour bridge reopens after repairs"
keys q q
shows "back in the feeds (the article was read)" "Feeds (8 unread)"
keys Enter
shows "Example News' headlines" "Example News (3)"
keys z
# the program runs in the background: wait for what it records
want="feed-key
http://127.0.0.1/news/bridge"
i=0
while [ "$(tr '\0' '\n' <"$T/argv")" != "$want" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
got=$(tr '\0' '\n' <"$T/argv")
same "a feed's own binding works on its headlines" "$got" "$want"
keys q j Enter
shows "another feed's headlines" "(3)"
keys z
shows "do not have it" "z: no action on this key"
keys Q

# a refresh in the interface runs run-on-new (in the background) with the new items
fx=$(fixture uiscript.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml"}}
JSON
)
start_server "$fx"
subscribe "$URL/rss.xml"
cat >"$T/hook" <<'EOF2'
#!/bin/sh
cat >"$(dirname "$0")/hook.json.tmp" && mv "$(dirname "$0")/hook.json.tmp" "$(dirname "$0")/hook.json"
EOF2
chmod +x "$T/hook"
printf 'run-on-new %s\n' "$T/hook" >>"$T/config"
start_ui 100 30
keys R
shows "R refreshes" "(3 new items)"
i=0; while [ ! -s "$T/hook.json" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
contains "run-on-new got the new items as JSON" "$(cat "$T/hook.json" 2>/dev/null)" '{"count":3,"more":false,"items":[{'
keys Q
done_testing
