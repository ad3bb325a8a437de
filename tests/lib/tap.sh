# tap.sh: TAP helpers for the shell tests (sourced, not run).
# Every test script gets: ok/not_ok via check, a private temp dir $T removed
# on exit, and $TIDINGS pointing at the real binary.
set -u
: "${TIDINGS:=${top_builddir:-.}/src/tidings}"
: "${top_srcdir:=.}"
# ../shared beside the project (scorers, corpora); set it for a build elsewhere
: "${SHARED_DIR:=$top_srcdir/../shared}"
TAP_N=0
TAP_FAILED=0
T=$(mktemp -d "${TMPDIR:-/tmp}/tidings-test.XXXXXX")
tap_cleanup() { rm -rf "$T"; }
trap 'tap_cleanup' EXIT
export XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data" HOME="$T/home"
mkdir -p "$HOME"

# pass DESCRIPTION / fail DESCRIPTION [DETAIL...]
pass() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N - $1"; }
fail() {
	TAP_N=$((TAP_N + 1)); TAP_FAILED=$((TAP_FAILED + 1))
	echo "not ok $TAP_N - $1"; shift
	for l in "$@"; do printf '%s\n' "$l" | sed 's/^/#   /'; done
}
# check DESCRIPTION COMMAND...: passes when the command succeeds
check() { d=$1; shift; if "$@" >/dev/null 2>&1; then pass "$d"; else fail "$d" "command: $*"; fi; }
# same DESCRIPTION GOT WANT
same() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got:  $2" "want: $3"; fi
}
# contains DESCRIPTION HAYSTACK NEEDLE
contains() {
	case $2 in *"$3"*) pass "$1" ;; *) fail "$1" "missing: $3" "in: $(printf '%s' "$2" | head -c 2000)" ;; esac
}
# A check that cannot run here says SKIP with the reason, never passes in
# silence; under CI=true (where quickstart.sh installs every prerequisite)
# a missing prerequisite is a failure.
# skip DESCRIPTION REASON: one assertion; skip_all REASON: the whole script
skip() {
	if [ "${CI:-}" = true ]; then fail "$1" "cannot run under CI=true: $2"; return; fi
	TAP_N=$((TAP_N + 1)); echo "ok $TAP_N - $1 # SKIP $2"
}
skip_all() {
	if [ "${CI:-}" = true ]; then echo "not ok 1 - cannot run under CI=true: $1"; echo "1..1"; exit 1; fi
	echo "1..0 # SKIP $1"; exit 0
}
done_testing() { echo "1..$TAP_N"; [ "$TAP_FAILED" -eq 0 ]; }
