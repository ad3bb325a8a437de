#!/bin/sh
# bench/fuzz.sh: build the libFuzzer targets in a copy of the tree and run one
# for a while with the corpus as seeds; prints executions, coverage and crashes.
#
#   bench/fuzz.sh [-t SECONDS] [-j JOBS] [--worktree] [--save] [TARGET [SEED_DIR...]]
#
# TARGET defaults to fuzz_parse, SECONDS to 60. The source tree is configured
# for a normal build, so the fuzzing build lives in $FUZZ_DIR (default
# /tmp/tidings-fuzz-$UID-TARGET, so that runs of two targets at once do not
# rebuild under each other): a copy of the committed HEAD (or, with --worktree,
# of the files as they are now, tracked and untracked-but-not-ignored),
# configured with --enable-fuzzing CC=clang. The copy is rebuilt only when
# the sources changed. The corpus that grows while fuzzing is kept there too,
# so a second run starts where the first stopped. --save copies each crash
# into tests/data/fuzz-crashes/TARGET/, where make check replays it.
# Needs clang (Debian package clang) with its libFuzzer runtime.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
secs=60
jobs=1
from=head
save=no
while [ $# -gt 0 ]; do
	case $1 in
	-t) secs=$2; shift 2 ;;
	-j) jobs=$2; shift 2 ;;
	--worktree) from=worktree; shift ;;
	--save) save=yes; shift ;;
	-h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
	-*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
	*) break ;;
	esac
done
target=${1:-fuzz_parse}
[ $# -gt 0 ] && shift
work=${FUZZ_DIR:-/tmp/tidings-fuzz-$(id -u)-$target}

# Per target: the seed directories, whether each seed needs the leading
# control byte the target consumes, and its dictionary. One line per target.
prefix=no dict=
case $target in
fuzz_parse) seeds="$src/tests/data/feeds"; prefix=yes; dict=feed.dict ;;
fuzz_render|fuzz_extract) seeds="$src/tests/data/render $src/tests/data/readability"; prefix=yes ;;
*) seeds="$src/tests/data" ;;
esac
[ $# -gt 0 ] && seeds="$*"

command -v clang >/dev/null 2>&1 || { echo "fuzz.sh: clang is missing (apt-get install clang)" >&2; exit 1; }

# The sources as a tar stream: committed HEAD, or the working files.
snapshot() {
	if [ $from = head ]; then
		git -C "$src" archive --format=tar HEAD
	else
		(cd "$src" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -)
	fi
}

build() {
	mkdir -p "$work"
	stamp=$(snapshot | cksum | cut -d' ' -f1)
	if [ -x "$work/src/tests/fuzz/$target" ] && [ "$(cat "$work/stamp" 2>/dev/null)" = "$stamp" ]; then
		echo "fuzz.sh: $work/src is up to date"
		return 0
	fi
	echo "fuzz.sh: building the fuzz targets in $work/src (log: $work/build.log)"
	rm -rf "$work/src"
	mkdir -p "$work/src"
	snapshot | tar -xf - -C "$work/src"
	if ! (cd "$work/src" && autoreconf -fi && ./configure --enable-fuzzing CC=clang &&
		make -j"$(nproc)" fuzz) >"$work/build.log" 2>&1; then
		tail -n 30 "$work/build.log" >&2
		echo "fuzz.sh: the build failed" >&2
		exit 1
	fi
	echo "$stamp" >"$work/stamp"
}

# Seeds with the control byte in front: a few bytes per file, chosen from the
# file's name so the set is the same on every run and covers every option.
prepare_seeds() {
	out="$work/seeds-$target"
	rm -rf "$out"
	mkdir -p "$out"
	for d in $seeds; do
		find "$d" -type f ! -name '*.md' ! -name '*.txt' ! -path '*/LICENSES/*'
	done | while IFS= read -r f; do
		h=$(printf '%s' "$f" | cksum | cut -d' ' -f1)
		for k in 0 1; do
			ctl=$(((h >> (8 * k)) & 255))
			{ printf "\\$(printf '%03o' $ctl)"; cat "$f"; } >"$out/$h-$k"
		done
	done
	echo "$out"
}

build
if [ $prefix = yes ]; then
	seeds=$(prepare_seeds)
fi
corpus="$work/corpus-$target"
artifacts="$work/artifacts-$target"
mkdir -p "$corpus" "$artifacts"
# Fork mode even for one job: a finding is saved and fuzzing goes on, so a
# run of N seconds fuzzes for N seconds however many bugs it meets.
set -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	-fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	-artifact_prefix="$artifacts/"
[ -n "$dict" ] && set -- "$@" -dict="$src/tests/fuzz/$dict"
before=$(ls "$artifacts" | wc -l)
echo "fuzz.sh: running $target for ${secs}s, seeds: $seeds"
# UBSan was built recoverable: make every report a crash the fuzzer saves.
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
	"$work/src/tests/fuzz/$target" "$@" "$corpus" $seeds >"$work/$target.log" 2>&1 || true

log="$work/$target.log"
# The last progress line of fork mode:
# "#N: cov: C ft: F corp: K exec/s E oom/timeout/crash: O/T/X time: Ss job: J ..."
last=$(grep '^#[0-9]*: cov:' "$log" | tail -n 1)
field() { printf '%s\n' "$last" | sed -n "s|.* $1 \([^ ]*\).*|\1|p"; }
execs=$(printf '%s\n' "$last" | sed -n 's/^#\([0-9]*\):.*/\1/p')
echo
echo "target:      $target (${secs}s, $jobs job(s))"
echo "executions:  ${execs:-?} in $(field time:) ($(field exec/s) exec/s at the end)"
echo "coverage:    $(field cov:) edges, $(field ft:) features"
echo "corpus:      $(ls "$corpus" | wc -l) inputs in $corpus"
echo "findings:    oom/timeout/crash $(field oom/timeout/crash:) in this run"
found=$(ls "$artifacts" | wc -l)
echo "artifacts:   $found in $artifacts ($((found - before)) new)"
status=0
for a in "$artifacts"/*; do
	[ -f "$a" ] || continue
	status=1
	echo "  $a"
	# what it is: the target's own message, or the sanitizer's summary
	UBSAN_OPTIONS=halt_on_error=1 "$work/src/tests/fuzz/$target" "$a" 2>&1 |
		grep -m3 "^$target:\|^SUMMARY\|runtime error:\|ERROR: LeakSanitizer" | cut -c1-200 | sed 's/^/    /'
	if [ $save = yes ]; then
		mkdir -p "$src/tests/data/fuzz-crashes/$target"
		cp "$a" "$src/tests/data/fuzz-crashes/$target/"
		echo "    saved to tests/data/fuzz-crashes/$target/${a##*/}"
	fi
done
echo "log:         $log"
echo "reproduce:   $work/src/tests/fuzz/$target FILE"
exit $status
