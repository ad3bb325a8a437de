#!/bin/sh
# quickstart.sh: install what tidings needs, build it, then start it (or, with
# "check", run the whole test suite). Safe to run again: each step is skipped
# when already done.
set -eu
cd "$(dirname "$0")"

# Debian packages to build, and to run the tests (servers, tmux, the
# feedparser reference, newsboat for the import test; groff and mandoc lint
# the manual pages, zsh checks its completion, locales makes a German locale).
BUILD_DEPS="build-essential autoconf automake autopoint gettext pkg-config
libncurses-dev libcurl4-openssl-dev libxml2-dev libsqlite3-dev libjson-c-dev"
CHECK_DEPS="python3 python3-feedparser tmux sqlite3 ca-certificates groff mandoc zsh locales newsboat"
# ... and to run the benchmarks side by side (bench/: `./quickstart.sh bench`
# installs them and builds; the benchmarks themselves are run by hand).
BENCH_DEPS="time sfeed newsboat tmux sqlite3 python3 python3-readability python3-lxml nodejs curl"

missing_packages() {
	for p in "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
	done
}

install_packages() {
	command -v dpkg-query >/dev/null 2>&1 || {
		echo "quickstart: not a Debian system; install the equivalents of: $*" >&2
		return 0
	}
	# shellcheck disable=SC2046
	missing=$(missing_packages "$@" | tr '\n' ' ')
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=
	elif command -v sudo >/dev/null 2>&1; then
		SUDO=sudo
	else
		echo "quickstart: please install: $missing (as root: apt-get install $missing)" >&2
		exit 1
	fi
	echo "quickstart: installing $missing"
	$SUDO apt-get update -qq || true
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
}

mode=${1:-run}
case $mode in
check) install_packages $BUILD_DEPS $CHECK_DEPS ;;
bench) install_packages $BUILD_DEPS $BENCH_DEPS ;;
*) install_packages $BUILD_DEPS ;;
esac

[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure ${CONFIGURE_FLAGS:-}
jobs=$(nproc 2>/dev/null || echo 2)
make -j"$jobs"

case $mode in
check)
	make -j"$jobs" check
	;;
bench)
	echo "quickstart: ready for bench/ (e.g. bench/refresh/run.py, bench/startup/run.py)"
	;;
run)
	exec src/tidings
	;;
*)
	shift
	exec src/tidings "$mode" "$@"
	;;
esac
