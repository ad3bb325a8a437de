#!/bin/sh
# man.sh: the manual pages lint clean (groff -ww, mandoc -Tlint) and describe every command, action, setting, config line and default key of the code.
. "$top_srcdir/tests/lib/tap.sh"
command -v groff >/dev/null 2>&1 || skip_all "groff is not installed"
[ -x /usr/bin/python3 ] || skip_all "python3 is not installed"
for page in tidings.1 tidings.conf.5; do
	f=$top_srcdir/man/$page
	out=$(groff -ww -z -man "$f" 2>&1)
	same "groff -ww -z -man $page has no warning" "$out" ""
	if command -v mandoc >/dev/null 2>&1; then
		out=$(mandoc -Tlint -W warning "$f" 2>&1)
		same "mandoc -Tlint $page has no warning" "$out" ""
	fi
	# plain text, wide and without hyphenation, for the checks below
	groff -man -Tutf8 -rLL=200n -rHY=0 -P-cbou "$f" 2>/dev/null >"$T/$page.txt"
done
# the checks number their TAP lines after ours
/usr/bin/python3 "$top_srcdir/tests/i18n/man_check.py" "$top_srcdir" "$T/tidings.1.txt" "$T/tidings.conf.5.txt" >"$T/tap"
while IFS= read -r line; do
	case $line in
	"ok "*) pass "${line#ok [0-9]* - }" ;;
	"not ok "*) fail "${line#not ok [0-9]* - }" ;;
	"#   "*) echo "$line" ;;
	esac
done <"$T/tap"
grep -q '^1\.\.' "$T/tap" || fail "man_check.py ran to the end"
done_testing
