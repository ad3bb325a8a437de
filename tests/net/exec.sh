#!/bin/sh
# exec.sh: exec:COMMAND and filter:COMMAND:URL sources: no shell, stderr recorded, time bounded, in the same loop as HTTP.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture exec.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml", "etag": "\"e1\""},
 "/atom.xml": {"body_file": "atom.xml", "delay": 0.2}}
JSON
)
start_server "$fx"
D=$NETDIR_T
mkdir -p "$D/with space"
cp "$D/atom.xml" "$D/with space/atom.xml"
cat >"$T/urls" <<EOF
"exec:cat $D/rss.xml"
"exec:cat '$D/with space/atom.xml'"
"exec:cat $D/rss.xml; touch $T/pwned1"
"exec:cat $D/rss.xml \$(touch $T/pwned2) \`touch $T/pwned3\` | touch $T/pwned4 && touch $T/pwned5"
"exec:sh -c 'echo boom >&2; echo second line >&2; exit 3'"
"exec:no-such-command-tidings"
"exec:sleep 30"
"exec:cat 'unterminated"
"filter:sed s/First/Filtered/:$URL/rss.xml"
"exec:sh -c 'sleep 2; cat $D/atom.xml'"
$URL/atom.xml
EOF
printf 'set total-timeout 3\n' >"$T/config"

out=$(refresh); rc=$?
same "exit 0" "$rc" 0
contains "exec: reads the feed from the command's stdout" "$out" "exec:cat $D/rss.xml: 3 new"
contains "quotes keep an argument with blanks whole" "$out" "with space/atom.xml': 2 new"
for i in 1 2 3 4 5; do
	check "no shell: a hostile command string runs nothing extra ($i)" test ! -e "$T/pwned$i"
done
contains "a command's failure is an error" "$out" "$D/rss.xml; touch $T/pwned1: error: cat exited with status 1"
contains "a failed command's stderr is the message" "$out" "exit 3': error: sh exited with status 3: second line"
same "only the last line of stderr is shown" "$(printf "%s\n" "$out" | grep -c "error: .*boom")" 0
contains "a missing command is named" "$out" "exec:no-such-command-tidings: error: command not found: no-such-command-tidings"
contains "a command past total-timeout is killed" "$out" "exec:sleep 30: error: sleep timed out after 3 s"
contains "an unterminated quote is reported" "$out" "unterminated quote"
contains "filter: pipes the body through the command" "$out" "filter:sed s/First/Filtered/:$URL/rss.xml: 3 new"
same "the filtered text is what is stored" "$(sql "SELECT count(*) FROM items WHERE title = 'Filtered'")" 1
http_line=$(printf '%s\n' "$out" | grep -n "^$URL/atom.xml: 2 new" | cut -d: -f1)
slow_line=$(printf '%s\n' "$out" | grep -n "sleep 2; cat" | cut -d: -f1)
check "a slow command does not hold up HTTP" test "${http_line:-99}" -lt "${slow_line:-0}"
same "the stderr is stored on the feed" \
	"$(sql "SELECT last_error FROM feeds WHERE url LIKE 'exec:sh -c ''echo boom%'")" "sh exited with status 3: second line"

out=$(refresh "filter:sed s/First/Filtered/:$URL/rss.xml")
contains "filter: uses a conditional GET" "$(grep rss.xml "$SLOG" | tail -n 1)" '"status": 304'
contains "and a 304 is unchanged" "$out" "0 updated (0 new items), 1 unchanged"
done_testing
