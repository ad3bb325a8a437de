#!/bin/sh
# bench/parse.sh: feed-parsing throughput and peak memory of `tidings parse`
# next to sfeed, xmllint --stream (libxml2's own floor) and feedparser, on the
# same generated RSS and Atom files, in one run; prints a table and ratios.
#
#   bench/parse.sh [-s SIZE] [-n RUNS] [--no-feedparser] [--worktree]
#
# SIZE of each generated file (default 50M), RUNS per tool and file (default
# 3; feedparser runs once: it takes a minute). Each cell is the run with the
# least CPU time; its wall time and peak RSS are from that same run.
# Throughput is MB (2^20 bytes) of input per CPU-second (user + system) and per
# wall-second. Files are cached in $BENCH_DIR (default /tmp/tidings-bench-$UID).
# tidings is $TIDINGS if set; else src/tidings when the tree is configured
# for an optimized build; else (a --enable-debug or sanitizer tree) the
# committed HEAD (with --worktree: the working files) built with the default
# flags (-O2) in $BENCH_DIR/build.
# Needs: /usr/bin/time (Debian package time), sfeed, xmllint (libxml2-utils),
# python3-feedparser; a missing one is named, installed when we are root,
# and otherwise left out of the table.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/tidings-bench-$(id -u)}
size=50M
runs=3
feedparser=yes
from=head
while [ $# -gt 0 ]; do
	case $1 in
	-s) size=$2; shift 2 ;;
	-n) runs=$2; shift 2 ;;
	--no-feedparser) feedparser=no; shift ;;
	--worktree) from=worktree; shift ;;
	-h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
	*) echo "parse.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done

# An optimized tidings: timing a -O0 or sanitizer build says nothing.
optimized_tidings() {
	if ! grep -q -e '--enable-debug' -e '--enable-sanitizers' -e '--enable-fuzzing' "$src/config.log" 2>/dev/null &&
		[ -x "$src/src/tidings" ]; then
		echo "$src/src/tidings"
		return 0
	fi
	b="$dir/build"
	mkdir -p "$b"
	snap() {
		if [ $from = head ]; then
			git -C "$src" archive --format=tar HEAD
		else
			(cd "$src" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -)
		fi
	}
	stamp=$(snap | cksum | cut -d' ' -f1)
	if [ "$(cat "$b.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -x "$b/src/tidings" ]; then
		echo "parse.sh: building an optimized tidings in $b (log: $b.log)" >&2
		rm -rf "$b" && mkdir -p "$b"
		snap | tar -xf - -C "$b"
		(cd "$b" && autoreconf -fi && ./configure && make -j"$(nproc)") >"$b.log" 2>&1 ||
			{ tail -n 20 "$b.log" >&2; echo "parse.sh: the build failed" >&2; exit 1; }
		echo "$stamp" >"$b.stamp"
	fi
	echo "$b/src/tidings"
}
mkdir -p "$dir"
tidings=${TIDINGS:-$(optimized_tidings)}
[ -x "$tidings" ] || { echo "parse.sh: no tidings binary at $tidings" >&2; exit 1; }
echo "parse.sh: tidings is $tidings" >&2

# Debian package -> the check that says it is there.
have() {
	case $1 in
	time) [ -x /usr/bin/time ] ;;
	sfeed) command -v sfeed >/dev/null 2>&1 ;;
	libxml2-utils) command -v xmllint >/dev/null 2>&1 ;;
	python3-feedparser) /usr/bin/python3 -c 'import feedparser' 2>/dev/null ;;
	esac
}
missing=
for p in time sfeed libxml2-utils python3-feedparser; do
	have $p || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "parse.sh: missing Debian packages:$missing"
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || true
	else
		echo "parse.sh: as root: apt-get install$missing (left out of this run)"
	fi
fi
have time || { echo "parse.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }

for fmt in rss atom; do
	f="$dir/$fmt-$size.xml"
	if [ ! -s "$f" ]; then
		echo "parse.sh: generating $f"
		/usr/bin/python3 "$src/bench/gen_feed.py" --format $fmt --size "$size" --seed 1 -o "$f.tmp"
		mv "$f.tmp" "$f"
	fi
done

# measure NAME FILE CMD...: best of $runs by CPU time; appends a row to $dir/rows.
# Every command gets the file on stdin too (sfeed reads only stdin).
measure() {
	name=$1 file=$2; shift 2
	n=$runs
	[ "$name" = feedparser ] && n=1
	best=
	i=0
	while [ $i -lt "$n" ]; do
		i=$((i + 1))
		if ! /usr/bin/time -f '%e %U %S %M' -o "$dir/time.out" "$@" <"$file" >/dev/null 2>"$dir/err.out"; then
			echo "parse.sh: $name failed on $file: $(tail -n 1 "$dir/err.out")" >&2
			return 0
		fi
		line=$(tail -n 1 "$dir/time.out")
		best=$(printf '%s\n%s\n' "$best" "$line" | awk 'NF == 4 { c = $2 + $3; if (!s || c < m) { m = c; b = $0; s = 1 } } END { print b }')
	done
	bytes=$(wc -c <"$file")
	echo "$name $(basename "$file") $bytes $best" >>"$dir/rows"
}

: >"$dir/rows"
for fmt in rss atom; do
	f="$dir/$fmt-$size.xml"
	cat "$f" >/dev/null # page cache: every tool reads from memory
	echo "parse.sh: $fmt ($size): tidings" >&2
	measure tidings "$f" "$tidings" parse "$f"
	if have sfeed; then echo "parse.sh: $fmt: sfeed" >&2; measure sfeed "$f" sfeed; fi
	if have libxml2-utils; then
		echo "parse.sh: $fmt: xmllint --stream" >&2
		measure xmllint "$f" xmllint --stream --noout "$f"
	fi
	if [ $feedparser = yes ] && have python3-feedparser; then
		echo "parse.sh: $fmt: feedparser" >&2
		measure feedparser "$f" /usr/bin/python3 -c 'import feedparser, sys; feedparser.parse(sys.argv[1])' "$f"
	fi
done

# What tidings weighs before it parses anything: mostly the pages of the
# shared libraries it links (curl's TLS stack, ICU through libxml2, ...).
/usr/bin/time -f '%M' -o "$dir/time.out" "$tidings" --version >/dev/null 2>&1 || true
floor=$(tail -n 1 "$dir/time.out")

# The table, then tidings against each of the others on the same file.
awk '
function mb(b) { return b / 1048576 }
{
	tool = $1; file = $2; bytes = $3; wall = $4; cpu = $5 + $6; rss = $7 / 1024
	key = tool SUBSEP file
	tput[key] = cpu > 0 ? mb(bytes) / cpu : 0
	wtput[key] = wall > 0 ? mb(bytes) / wall : 0
	mem[key] = rss
	rows[++n] = sprintf("%-11s %-16s %8.1f %8.2f %8.2f %10.1f %10.1f %9.1f", tool, file, mb(bytes), wall, cpu, tput[key], wtput[key], rss)
	if (!(file in seen)) { seen[file] = 1; files[++nf] = file }
	if (!(tool in tseen)) { tseen[tool] = 1; tools[++nt] = tool }
}
END {
	printf "%-11s %-16s %8s %8s %8s %10s %10s %9s\n", "tool", "file", "MB", "wall s", "cpu s", "MB/cpu-s", "MB/wall-s", "peak MB"
	for (i = 1; i <= n; i++) print rows[i]
	print ""
	for (f = 1; f <= nf; f++) {
		file = files[f]; t = "tidings" SUBSEP file
		if (!(t in tput)) { print file ": tidings failed"; continue }
		for (o = 1; o <= nt; o++) {
			other = tools[o]; k = other SUBSEP file
			if (other == "tidings" || !(k in tput) || tput[k] == 0) continue
			printf "%-16s tidings/%-10s throughput %6.2fx (wall %6.2fx)  memory %6.2fx\n", file, other, tput[t] / tput[k], wtput[t] / wtput[k], mem[t] / mem[k]
		}
	}
	print ""
	for (f = 1; f <= nf; f++) {
		file = files[f]; t = "tidings" SUBSEP file; s = "sfeed" SUBSEP file; p = "feedparser" SUBSEP file
		if (!(t in tput)) continue
		if (s in tput) printf "goal %-16s >= 0.67x sfeed throughput: %s (%.3fx; stretch 1x)\n", file, (tput[t] >= 0.67 * tput[s] ? "met" : "NOT met"), tput[t] / tput[s]
		printf "goal %-16s memory < 10 MB: %s (%.1f MB)\n", file, (mem[t] < 10 ? "met" : "NOT met"), mem[t]
		if (p in tput) printf "goal %-16s >= 50x feedparser: %s (%.0fx)\n", file, (tput[t] >= 50 * tput[p] ? "met" : "NOT met"), tput[t] / tput[p]
	}
}' "$dir/rows"
echo
echo "tidings --version alone peaks at $((floor / 1024)) MB RSS (shared libraries): the floor under every tidings row"
