#!/bin/sh
# fuzz-replay-names.sh: the file-name fuzz target (a safe relative path from any feed text, format lines that fit
# their width) over its seeds and any saved crashes, in builds without libFuzzer too.
. "$top_srcdir/tests/lib/tap.sh"
replay="$top_builddir/tests/fuzz/replay_names"
for dir in "$top_srcdir/tests/data/names" "$top_srcdir/tests/data/fuzz-crashes/fuzz_names"; do
	[ -d "$dir" ] || continue
	"$replay" "$dir" >"$T/out" 2>"$T/err"; rc=$?
	if [ $rc -eq 0 ] && ! grep -q 'Sanitizer\|runtime error:' "$T/err"; then
		pass "fuzz_names holds on $(basename "$dir") ($(cat "$T/out"))"
	else
		fail "fuzz_names holds on $(basename "$dir")" "$(tail -n 20 "$T/err")"
	fi
done
done_testing
