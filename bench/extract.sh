#!/bin/sh
# bench/extract.sh: tidings extract side by side with Readability.js (jsdom) and
# readability-lxml on the readability corpus: per-page median time of a fresh
# process (as a user runs it), peak memory, F1, and ratios. Not a test.
#
#   bench/extract.sh [-n RUNS] [--only REGEX] [CORPUS]
#
# CORPUS defaults to ../shared/corpus/readability (else tests/data/readability).
# tidings is built optimized (-O2, no debug, no sanitizers) in a copy of the
# tree under $BENCH_DIR (default /tmp/tidings-bench-$UID) from the files as they
# are now; Readability.js comes from npm into bench/node_modules (never
# committed); readability-lxml is the Debian package python3-readability.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/tidings-bench-$(id -u)}
runs=3
only=
while [ $# -gt 0 ]; do
	case $1 in
	-n) runs=$2; shift 2 ;;
	--only) only=$2; shift 2 ;;
	-h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) break ;;
	esac
done
corpus=${1:-$src/../shared/corpus/readability}
[ -d "$corpus" ] || corpus=$src/tests/data/readability

# tidings, optimized, rebuilt when the sources changed
stamp=$(cd "$src" && git ls-files -co --exclude-standard -z -- src configure.ac Makefile.am '*.mk' |
	xargs -0 cat | cksum | cut -d' ' -f1)
if [ ! -x "$work/src/src/tidings" ] || [ "$(cat "$work/stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "extract.sh: building tidings -O2 in $work/src (log: $work/build.log)"
	rm -rf "$work/src"
	mkdir -p "$work/src"
	(cd "$src" && git ls-files -co --exclude-standard -z | grep -zv '^bench/node_modules' |
		tar --null -T - -cf -) | tar -xf - -C "$work/src"
	(cd "$work/src" && autoreconf -fi && ./configure CFLAGS=-O2 && make -j"$(nproc)") \
		>"$work/build.log" 2>&1 || { tail -n 20 "$work/build.log" >&2; exit 1; }
	echo "$stamp" >"$work/stamp"
fi

# the reference extractors
if [ ! -d "$src/bench/node_modules/@mozilla/readability" ] || [ ! -d "$src/bench/node_modules/jsdom" ]; then
	echo "extract.sh: installing @mozilla/readability and jsdom into bench/node_modules"
	(cd "$src/bench" && npm install --no-audit --no-fund >/dev/null)
fi
/usr/bin/python3 -c 'import readability' 2>/dev/null ||
	{ echo "extract.sh: readability-lxml is missing (apt-get install python3-readability)" >&2; exit 1; }

set -- "$corpus" --runs "$runs"
[ -n "$only" ] && set -- "$@" --only "$only"
exec /usr/bin/python3 "$src/bench/extract_bench.py" "$@" \
	"tidings=$work/src/src/tidings extract {file}" \
	"readability-lxml=/usr/bin/python3 $src/bench/extract_lxml.py {file}" \
	"Readability.js=node $src/bench/extract_readability.js {file}" \
	"tidings --version=$work/src/src/tidings --version"
