#!/bin/sh
# exec.sh: exec and pipe with hostile links and titles (each placeholder one argument, nothing runs), the TIDINGS_* environment, -o/-q, %F, macros stop at the first failure, undo, -x --item/--feed.
. "$top_srcdir/tests/scripting/lib.sh"

# A feed whose title holds everything a shell would act on.
cat >"$T/evil.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Feed "$(touch PWNED_FEED)"</title><link>http://127.0.0.1/</link>
<item><guid>e1</guid><title>a "b" 'c' $(touch PWNED_T1) `touch PWNED_T2` ; rm -rf / &amp; | x</title>
<link>http://127.0.0.1/e1</link><description>&lt;p&gt;The body &lt;b&gt;text&lt;/b&gt; of e1.&lt;/p&gt;</description></item>
<item><guid>e2</guid><title>-rf --help</title><link>http://127.0.0.1/e2</link><description>two</description></item>
</channel></rss>
XML
printf '%s\n' "http://127.0.0.1:9/evil.xml tag" >"$T/urls"
tid import-feed "$T/evil.xml" http://127.0.0.1:9/evil.xml >/dev/null
# links no parser would make, put straight into the cache: quotes, $(...),
# backticks, a newline, a leading dash
sql "UPDATE items SET link = 'http://x.example/\"q'' \$(touch $T/PWNED_L1) \`touch $T/PWNED_L2\`' || char(10) || ';touch $T/PWNED_L3' WHERE guid = 'e1'"
sql "UPDATE items SET link = '-oProxyCommand=touch $T/PWNED_L4' WHERE guid = 'e2'"
id1=$(sql "SELECT id FROM items WHERE guid = 'e1'")
id2=$(sql "SELECT id FROM items WHERE guid = 'e2'")
link1=$(sql "SELECT link FROM items WHERE guid = 'e1'")
title1=$(sql "SELECT title FROM items WHERE guid = 'e1'")
feed=$(sql "SELECT title FROM feeds")
cd "$T" || exit 1

out=$(x --item "$id1" "exec -q ./rec %u %t %f --id=%i 100%%" 2>&1); rc=$?
same "exec runs the program" "$rc" 0
argv_is "each placeholder is ONE argument holding exactly the stored bytes" "$link1" "$title1" "$feed" "--id=$id1" "100%"
check "no \$(...) ran" test ! -e "$T/PWNED_L1"
check "no backticks ran" test ! -e "$T/PWNED_L2"
check "nothing after the newline ran" test ! -e "$T/PWNED_L3"
check "the title ran nothing" test ! -e "$T/PWNED_T1"
check "nor its backticks" test ! -e "$T/PWNED_T2"
check "the feed title ran nothing" test ! -e "$T/PWNED_FEED"
x --item "$id2" "exec -q ./rec %u" "exec -q ./rec --title=%t" >/dev/null 2>&1
argv_is "a leading dash inside an argument is that argument's text" "--title=-rf --help"
x --item "$id2" "exec -q ./rec %u" >/dev/null 2>&1
argv_is "a link that starts with a dash arrives as one argument" "-oProxyCommand=touch $T/PWNED_L4"
check "and runs nothing" test ! -e "$T/PWNED_L4"

x --item "$id1" "exec -q ./rec" >/dev/null 2>&1
want=$(printf 'TIDINGS_FEED=%s\nTIDINGS_ID=%s\nTIDINGS_TITLE=%s\nTIDINGS_URL=%s' "$feed" "$id1" "$title1" "http://x.example/\"q' \$(touch $T/PWNED_L1) \`touch $T/PWNED_L2\`")
same "the same data is in the environment" "$(head -n 4 "$T/env")" "$want"
x "exec -q ./rec plain" >/dev/null 2>&1
same "without an article the environment has none of it" "$(cat "$T/env")" ""
argv_is "and arguments without placeholders are as written" "plain"
err=$(x "exec -q ./rec %u" 2>&1); rc=$?
same "a placeholder without an article fails" "$rc" 1
contains "and says why" "$err" "%u needs an article, and none is selected"
err=$(x --item "$id1" "exec -q ./rec %z" 2>&1)
contains "an unknown placeholder is refused" "$err" "unknown placeholder %z (%u %t %f %F %i %e %E %%)"

x --item "$id1" "pipe -q ./rec" >/dev/null 2>&1
contains "pipe sends the article's text to stdin" "$(cat "$T/stdin")" "The body text of e1."
contains "with its header" "$(cat "$T/stdin")" "Title: a \"b\" 'c'"
contains "and its link" "$(cat "$T/stdin")" "Link: http://x.example/"
x --item "$id1" "exec -q ./rec %F" >/dev/null 2>&1
file=$(tr '\0' '\n' <"$T/argv")
case $file in /*tidings-article.*) pass "%F is a file of its own" ;; *) fail "%F is a file of its own" "got: $file" ;; esac
check "removed once the program is done" test ! -e "$file"
x --item "$id1" "exec -q /bin/sh -c 'cat \"\$1\" >$T/fcopy' sh %F" >/dev/null 2>&1
contains "it held the article's text" "$(cat "$T/fcopy")" "The body text of e1."

out=$(x --item "$id1" "exec -o echo %t" 2>&1)
same "-o prints what the program wrote" "$out" "$title1"
out=$(x "exec -o ./rec" 2>&1; echo "rc=$?")
same "a program that succeeds quietly prints nothing" "$out" "rc=0"
out=$(REC_EXIT=3 x "exec -q ./rec" print-unread 2>&1); rc=$?
same "a failing program fails the action" "$rc" 1
contains "and says how it ended" "$out" "./rec exited with status 3"
case $out in *unread*) fail "and -x stops there" "$out" ;; *) pass "and -x stops there" ;; esac
out=$(x "exec -q /nonexistent/program" 2>&1); rc=$?
same "a missing program fails" "$rc" 1
contains "and says so" "$out" "cannot run /nonexistent/program: No such file or directory"

out=$(x "do \"exec -q ./rec one\" \"exec -q ./rec two\"" 2>&1); rc=$?
same "do runs its commands" "$rc" 0
argv_is "in turn" "two"
out=$(REC_EXIT=1 x "do \"exec -q ./rec one\" \"exec -q ./rec two\"" 2>&1); rc=$?
same "a macro fails when a command fails" "$rc" 1
argv_is "and stops at the first failure" "one"
printf 'macro x exec -q ./rec %%t ; toggle-flag\n' >"$T/config"
out=$(tid --check-config); rc=$?
same "a macro line reads" "$rc:$out" "0:"

out=$(x --item "$id1" toggle-flag toggle-read print-unread 2>&1)
same "-x --item acts on that article" "$out" "flagged
marked read
1 unread article"
out=$(x --feed http://127.0.0.1:9/evil.xml mark-all-read print-unread undo print-unread undo undo undo 2>&1); rc=$?
same "undo puts back mark-all-read, read, flag, one step each" "$out" "1 article marked read
0 unread articles
undone: mark-all-read (1 article)
1 unread article
undone: toggle-read (1 article)
undone: toggle-flag (1 article)
tidings: nothing to undo"
same "and fails when nothing is left" "$rc" 1
same "the states are back" "$(sql "SELECT sum(read), sum(flagged) FROM items")" "0|0"
out=$(x --feed http://nowhere.example/ print-unread 2>&1); rc=$?
contains "--feed of a feed we do not have fails" "$out" "not a subscribed feed"
done_testing
