# lib.sh: shared by the scripting tests: a cache with a feed of hostile titles, a recorder program, tidings with the test's files.
. "$top_srcdir/tests/net/lib.sh"

tid() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" "$@"; }
x() { tid -x "$@"; }

# rec: writes its argv NUL-separated to $T/argv, its TIDINGS_* environment
# to $T/env and its stdin to $T/stdin; exits with $REC_EXIT (0).
cat >"$T/rec" <<'EOF2'
#!/bin/sh
d=$(dirname "$0")
for a in "$@"; do printf '%s\0' "$a"; done >"$d/argv"
env | grep '^TIDINGS_' | sort >"$d/env"
cat >"$d/stdin"
exit "${REC_EXIT:-0}"
EOF2
chmod +x "$T/rec"

# argv_is DESCRIPTION ARG...: the recorder got exactly these arguments
argv_is() {
	d=$1; shift
	: >"$T/want"
	for a in "$@"; do printf '%s\0' "$a" >>"$T/want"; done
	if cmp -s "$T/argv" "$T/want"; then pass "$d"
	else fail "$d" "got:  $(od -c "$T/argv" | head -n 8)" "want: $(od -c "$T/want" | head -n 8)"; fi
}
