#!/bin/sh
# install.sh: make install DESTDIR=... puts the binary, the manual pages, the catalogs and the completions where they belong; uninstall takes them away.
. "$top_srcdir/tests/lib/tap.sh"
: "${top_builddir:?}"
MK=${MAKE:-make}
command -v "$MK" >/dev/null 2>&1 || skip_all "make is not installed"
# a make of our own: not a part of the make running the tests (jobserver)
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL "$MK" -s -C "$top_builddir" "$@"; }
var() { sed -n "s/^$1 = //p" "$top_builddir/Makefile" | head -n 1; }
prefix=$(var prefix)
D=$T/dest
if ! mk install DESTDIR="$D" >"$T/install.log" 2>&1; then
	fail "make install DESTDIR=... succeeds" "$(tail -n 20 "$T/install.log")"
	done_testing
	exit 1
fi
pass "make install DESTDIR=... succeeds"
(cd "$D" && find . -type f | sed 's|^\./|/|' | sort) >"$T/files"
has() { if grep -qx -- "$2" "$T/files"; then pass "$1"; else fail "$1" "no $2 in:" "$(cat "$T/files")"; fi; }
has "the binary in bindir" "$prefix/bin/tidings"
has "tidings.1 in man1" "$prefix/share/man/man1/tidings.1"
has "tidings.conf.5 in man5" "$prefix/share/man/man5/tidings.conf.5"
# (configure --disable-nls installs no catalog)
if [ "$(var USE_NLS)" != no ]; then
	for l in $(sed -e 's/#.*//' "$top_srcdir/po/LINGUAS"); do
		has "the $l catalog in localedir" "$prefix/share/locale/$l/LC_MESSAGES/tidings.mo"
	done
fi
bashdir=$(var BASH_COMPLETION_DIR | sed "s|\${datadir}|$prefix/share|; s|\${prefix}|$prefix|")
zshdir=$(var ZSH_COMPLETION_DIR | sed "s|\${datadir}|$prefix/share|; s|\${prefix}|$prefix|")
has "the bash completion in bash-completion's directory" "$bashdir/tidings"
has "the zsh completion in site-functions" "$zshdir/_tidings"
same "nothing lands outside the prefix" "$(grep -v "^$prefix/" "$T/files")" ""
check "the installed binary is executable" test -x "$D$prefix/bin/tidings"
if [ "$(var USE_NLS)" != no ]; then
	out=$(LC_ALL=C.UTF-8 LANGUAGE=de TIDINGS_LOCALEDIR="$D$prefix/share/locale" "$D$prefix/bin/tidings" --help)
	contains "the installed binary speaks German with the installed catalog" "$out" "Ein Newsreader für das Terminal."
fi
if command -v man >/dev/null 2>&1; then
	out=$(MANWIDTH=80 man -l "$D$prefix/share/man/man1/tidings.1" 2>/dev/null | col -b | head -n 5)
	contains "man shows the installed page" "$out" "tidings - a terminal newsreader"
fi
mk uninstall DESTDIR="$D" >"$T/uninstall.log" 2>&1
same "make uninstall takes every file away" "$(cd "$D" && find . -type f)" ""
done_testing
