#!/bin/sh
# fuzz-replay.sh: saved fuzzer crashes and the whole feed corpus go through the
# parser again: in every chunk plan (results must not depend on where the
# bytes were split), and the crashes also through `tidings parse` itself.
. "$top_srcdir/tests/lib/tap.sh"

replay="$top_builddir/tests/fuzz/replay_parse"
crashes="$top_srcdir/tests/data/fuzz-crashes/fuzz_parse"
corpus="$top_srcdir/tests/data/feeds"

# A run "survives" when it exits by itself with 0 (or 1: a clean refusal) and
# no sanitizer spoke; a signal or a sanitizer report is the bug we look for.
survives() {
	rc=$1 err=$2
	[ "$rc" -le 1 ] && ! grep -q 'Sanitizer\|runtime error:' "$err"
}

# Control byte -> the options fuzz_parse.c gives the parser (bits 3-5, bit 6).
cli_opts() {
	ctl=$1
	case $(((ctl >> 3) & 7)) in
	4) printf '%s\n' --charset windows-1252 ;;
	5) printf '%s\n' --charset ISO-8859-1 ;;
	6) printf '%s\n' --charset UTF-16 ;;
	7) printf '%s\n' --charset x-no-such-charset ;;
	esac
	[ $((ctl & 64)) -ne 0 ] && printf '%s\n' --base http://example.org/dir/feed.xml
	return 0
}

# Plans 1..7 each compared with one push; 0x87 stops at the second item;
# 0x41 adds a base URL; 0x22 and 0x33 override the charset.
"$replay" --prefix 01,02,03,04,05,06,07,87,41,22,33 "$corpus" >"$T/out" 2>"$T/err"
rc=$?
if survives $rc "$T/err"; then
	pass "every corpus feed parses the same in every chunk plan ($(cat "$T/out"))"
else
	fail "every corpus feed parses the same in every chunk plan" "$(tail -n 25 "$T/err")"
fi

# The replay below passes options before "-"; the usage line (and DESIGN.md)
# put them after FILE, which must work too.
feed="$corpus/synthetic/rss-tricky-seed1.xml"
"$TIDINGS" parse "$feed" --charset UTF-8 --base http://example.org/ >"$T/out" 2>"$T/err"
same "tidings parse FILE --charset NAME --base URL (the usage line's order) exits 0" \
	"$? $(head -c 200 "$T/err")" "0 "

for f in "$crashes"/*; do
	[ -f "$f" ] || continue
	name=${f##*/}
	"$replay" "$f" >"$T/out" 2>"$T/err"
	if survives $? "$T/err"; then
		pass "crash $name replays cleanly"
	else
		fail "crash $name replays cleanly" "$(tail -n 25 "$T/err")"
	fi
	ctl=$(od -An -tu1 -N1 "$f" | tr -d ' ')
	# shellcheck disable=SC2046
	tail -c +2 "$f" | "$TIDINGS" parse $(cli_opts "${ctl:-0}") - >"$T/out" 2>"$T/err"
	if survives $? "$T/err"; then
		pass "tidings parse survives crash $name"
	else
		fail "tidings parse survives crash $name" "$(tail -n 25 "$T/err")"
	fi
done
done_testing
