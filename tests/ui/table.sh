#!/bin/sh
# table.sh: a table in an article reads in aligned columns, and goes back to rows when the window gets too narrow for them.
. "$top_srcdir/tests/ui/lib.sh"

cat >"$T/tables.xml" <<'EOF2'
<?xml version="1.0"?><rss version="2.0"><channel><title>League</title><link>http://127.0.0.1:9/</link>
<item><guid>t1</guid><title>Table of the week</title><link>http://127.0.0.1:9/t1</link>
<description><![CDATA[<p>The standings:</p><table>
<tr><th>Team</th><th>Won</th><th>Lost</th></tr>
<tr><td>Reds</td><td>10</td><td>2</td></tr>
<tr><td>Blues of the northern shore</td><td>7</td><td>15</td></tr>
</table><p>See you next week.</p>]]></description></item>
</channel></rss>
EOF2
subscribe "http://127.0.0.1:9/tables.xml"
load "$T/tables.xml" http://127.0.0.1:9/tables.xml

start_ui 80 20
keys Enter
shows "the feed's headlines" "Table of the week"
keys Enter
shows "the article opens" "The standings:"
contains "the heads line up with the cells below" "$(line_of 'Team')" "Team                        │ Won │ Lost"
contains "numbers flush right" "$(line_of 'Reds')" "Reds                        │  10 │    2"
contains "every row the same columns" "$(line_of 'Blues')" "Blues of the northern shore │   7 │   15"
tm resize-window -t 0 -x 30 -y 20
shows "too narrow for the columns: each row is a paragraph again" "Reds │ 10 │ 2"
tm resize-window -t 0 -x 80 -y 20
shows "wide again: the columns come back" "Reds                        │  10 │    2"
keys Q
shows "Q quits" "[exit 0]"
same "nothing went to stderr" "$(cat "$T/stderr")" ""
done_testing
