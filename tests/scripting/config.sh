#!/bin/sh
# config.sh: --check-config reports every problem (config:LINE:, included files, the urls file), --dump-config reads back to the same configuration.
. "$top_srcdir/tests/scripting/lib.sh"

printf '%s\n' "http://127.0.0.1:9/a.xml news" >"$T/urls"
out=$(tid --check-config); rc=$?
same "no config file: nothing to say" "$out" ""
same "and exit 0" "$rc" 0

mkdir -p "$T/conf.d"
cat >"$T/config" <<'CONF'
# every kind of line, good ones first
set max-items 50   # a comment after a line
bind feeds x print-unread
bind "#" top
unbind headlines A
macro headlines , toggle-flag; down
color unread green default bold
share pin https://pin.example/add?u=%u
include conf.d/more
run-on-new /bin/cat
ignore * title =~ "^Sponsored"
query "News today" tags # "news" and age < 1
feed tag:news set reload-time 30
feed https://v.example/* bind headlines o exec mpv %u
set max-items many
bind feeds x fly
unbind nowhere x
macro x toggle-read;; down
color sky blue default
share broken nothing
include conf.d/missing
run-on-new
ignore * title ~= "x"
query q unread = perhaps
feed * set browser lynx
set user-agent "unterminated
what is this
CONF
printf 'set keep-days 3\ninclude ../config\nset keep-days x\n' >"$T/conf.d/more"
printf '%s\n' "http://127.0.0.1:9/b.xml max-items=lots" "\"query:broken:title =\"" \
	"\"query:Flagged:flagged = yes\"" >>"$T/urls"

out=$(tid --check-config); rc=$?
same "problems: exit 1" "$rc" 1
same "every problem, in order, with its file and line" "$out" "conf.d/more:2: include ../config: a loop (the file is already being read)
conf.d/more:3: keep-days wants a number, not 'x'
config:15: max-items wants a number, not 'many'
config:16: unknown action 'fly'
config:17: unknown context 'nowhere' (global, feeds, headlines, article, links, share, search, help, errors)
config:18: an empty command between ';'
config:19: unknown color element 'sky' (normal, bar, status, error, unread, read, mark, header, match, dim, selected, heading, code, quote, link-number)
config:20: share template for broken must be a URL with a scheme (https:, mailto: ...)
config:21: $T/conf.d/missing: No such file or directory
config:22: 'run-on-new' takes at least 1 argument, not 0 (run-on-new PROGRAM [ARG...])
config:23: bad expression: at column 7: unexpected '~'
config:24: bad expression: at column 10: unread is yes or no, not 'perhaps'
config:25: browser is not a per-feed setting (those are reload-time, max-items, keep-days, user-agent, proxy, full-article, podcast-auto-enqueue)
config:26: unterminated quote
config:27: unknown command 'what'
urls:2: max-items wants a number, not 'lots'
urls:3: bad expression: at column 8: expected a value after '='"

tid --check-config --config "$T/nowhere" >"$T/out" 2>"$T/err"; rc=$?
same "a missing --config FILE fails" "$rc" 1
contains "and says so" "$(cat "$T/out" "$T/err")" "$T/nowhere: No such file or directory"

# the dump reads back to itself, and --check-config finds nothing in it
tid --dump-config >"$T/dump" 2>"$T/err"; rc=$?
same "--dump-config exits 0 (the problems go to stderr)" "$rc" 0
contains "and are said there" "$(cat "$T/err")" "tidings: config:15: max-items wants a number"
contains "every setting is there" "$(cat "$T/dump")" "set keep-days 3"
contains "with its help" "$(cat "$T/dump")" "# drop items older than this many days"
contains "the user's bindings" "$(cat "$T/dump")" "bind feeds x print-unread"
contains "the defaults too" "$(cat "$T/dump")" "bind article f full-article"
contains "an unbound default as unbind" "$(cat "$T/dump")" "unbind headlines A"
contains "macros as macro lines" "$(cat "$T/dump")" "macro headlines , toggle-flag; down"
contains "colors" "$(cat "$T/dump")" "color unread green default bold"
contains "filters" "$(cat "$T/dump")" 'ignore * "title =~ \"^Sponsored\""'
contains "query feeds" "$(cat "$T/dump")" 'query "News today" "tags # \"news\" and age < 1"'
contains "the urls file's queries as comments" "$(cat "$T/dump")" "# (from the urls file) query"
: >"$T/urls"
out=$(tid --config "$T/dump" --check-config); rc=$?
same "the dump has no problem" "$out" ""
same "so --check-config on it exits 0" "$rc" 0
tid --config "$T/dump" --dump-config >"$T/dump2" 2>&1
same "and dumping it again gives the same text (but the urls file's query, which stays there)" \
	"$(grep -v "(from the urls file)" "$T/dump" | diff - "$T/dump2")" ""
done_testing
