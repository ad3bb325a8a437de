#!/bin/sh
# parse-big.sh: a feed far bigger than memory should need streams through
# `tidings parse -` in bounded memory, and every item comes out.
. "$top_srcdir/tests/lib/tap.sh"

# Sanitizers add their own memory (about 40 MB here, with ASan's quarantine of
# freed memory kept small) and time: there a 100 MB feed under a 64 MB bound
# still shows that memory does not follow the input.
if grep -q __asan_init "$TIDINGS" 2>/dev/null; then
	size=100M bound_kb=$((64 * 1024)) flavour="sanitizer build"
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16"
	export ASAN_OPTIONS
else
	size=200M bound_kb=$((20 * 1024)) flavour="normal build"
fi

for fmt in rss atom; do
	out=$(/usr/bin/python3 "$top_srcdir/tests/lib/stream_parse.py" \
		"$top_srcdir/bench/gen_feed.py" "$TIDINGS" $fmt $size)
	printf '%s\n' "$out" | sed "s/^/# $fmt $size ($flavour): /"
	val() { printf '%s\n' "$out" | sed -n "1s/.*\\b$1=\\([^ ]*\\).*/\\1/p"; }
	same "$fmt $size: tidings parse - exits 0" "$(val rc)" 0
	expected=$(val expected)
	same "$fmt $size: every generated item is in the output" "$(val items)" "$expected"
	same "$fmt $size: the last item comes out last" "$(val last)" "$expected"
	want=rss2.0; [ $fmt = atom ] && want=atom1.0
	same "$fmt $size: the format follows the items" "$(val format)" $want
	kb=$(val hwm_kb)
	# the bound means something only when the whole feed went through
	if [ "$(val items)" = "$expected" ] && [ "${kb:-0}" -gt 0 ] && [ "$kb" -lt $bound_kb ]; then
		pass "$fmt $size: peak memory $((kb / 1024)) MB < $((bound_kb / 1024)) MB"
	else
		fail "$fmt $size: peak memory ${kb:-?} KB < $bound_kb KB, all items out"
	fi
done
done_testing
