#!/bin/sh
# cli.sh: the command-line contract every subcommand shares (exit codes, help, version).
. "$top_srcdir/tests/lib/tap.sh"

out=$("$TIDINGS" --version); same "--version prints the version" "$out" "tidings 0.1.0"
out=$("$TIDINGS" --help); contains "--help lists the parse command" "$out" "tidings parse"
"$TIDINGS" no-such-command 2>"$T/err"; rc=$?
same "an unknown command exits 2" "$rc" 2
contains "an unknown command says so on stderr" "$(cat "$T/err")" "unknown command"
"$TIDINGS" parse 2>/dev/null; same "parse without a file is bad usage" "$?" 2
"$TIDINGS" parse "$T/missing.xml" 2>"$T/err"; rc=$?
same "parse of a missing file exits 1" "$rc" 1
same "one clear line on stderr" "$(wc -l <"$T/err")" 1
done_testing
