#!/bin/sh
# fuzz-replay-text.sh: the render and extract fuzz targets (with their checks: clean
# UTF-8, no controls, numbered links, stable layout) over the text test pages and
# any saved crashes, in builds without libFuzzer too.
. "$top_srcdir/tests/lib/tap.sh"

survives() {
	[ "$1" -eq 0 ] && ! grep -q 'Sanitizer\|runtime error:' "$2"
}

for target in render extract; do
	replay="$top_builddir/tests/fuzz/replay_$target"
	# widths 0 and 40, with a base, without markers
	prefixes=00,48,E8
	[ $target = extract ] && prefixes=00,01
	"$replay" --prefix $prefixes "$top_srcdir/tests/data/render" \
		"$top_srcdir/tests/data/readability" >"$T/out" 2>"$T/err"
	if survives $? "$T/err"; then
		pass "fuzz_$target checks hold on every test page ($(cat "$T/out"))"
	else
		fail "fuzz_$target checks hold on every test page" "$(tail -n 25 "$T/err")"
	fi
	crashes="$top_srcdir/tests/data/fuzz-crashes/fuzz_$target"
	if [ -d "$crashes" ]; then
		"$replay" "$crashes" >"$T/out" 2>"$T/err"
		if survives $? "$T/err"; then
			pass "fuzz_$target: saved crashes stay fixed ($(cat "$T/out"))"
		else
			fail "fuzz_$target: saved crashes stay fixed" "$(tail -n 25 "$T/err")"
		fi
	fi
done
done_testing
