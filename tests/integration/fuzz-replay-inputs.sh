#!/bin/sh
# fuzz-replay-inputs.sh: the fuzz targets of the untrusted inputs besides feeds and pages (download names, OPML, the
# config language, filter expressions, the urls file, newsboat's config), each with its checks, over its seeds and any
# saved crashes, in builds without libFuzzer too.
. "$top_srcdir/tests/lib/tap.sh"
for target in names opml config filter urls newsboat; do
	replay="$top_builddir/tests/fuzz/replay_$target"
	for dir in "$top_srcdir/tests/data/fuzz-seeds/$target" "$top_srcdir/tests/data/fuzz-crashes/fuzz_$target"; do
		[ -d "$dir" ] || continue
		"$replay" "$dir" >"$T/out" 2>"$T/err"; rc=$?
		if [ $rc -eq 0 ] && ! grep -q 'Sanitizer\|runtime error:' "$T/err"; then
			pass "fuzz_$target holds on $(basename "$dir") ($(cat "$T/out"))"
		else
			fail "fuzz_$target holds on $(basename "$dir")" "$(tail -n 20 "$T/err")"
		fi
	done
done
done_testing
