# lib.sh: shared by the translation tests: the catalogs built from po/*.po into $T/locale (no install needed).
# Sourced after tests/lib/tap.sh (or tests/ui/lib.sh). The tests run from the build
# tree, so the binary is pointed at these catalogs with TIDINGS_LOCALEDIR.
command -v msgfmt >/dev/null 2>&1 || skip_all "msgfmt (gettext) is not installed"
I18N_LANGS=$(sed -e 's/#.*//' "$top_srcdir/po/LINGUAS" | tr -s ' \n' '  ')
for l in $I18N_LANGS; do
	mkdir -p "$T/locale/$l/LC_MESSAGES"
	msgfmt -o "$T/locale/$l/LC_MESSAGES/tidings.mo" "$top_srcdir/po/$l.po" ||
		skip_all "po/$l.po does not compile"
done
export TIDINGS_LOCALEDIR="$T/locale"

# LANGUAGE picks the catalog only when the locale is not C/POSIX: C.UTF-8 is
# enough (it is always there), and it keeps dates in ISO form.
in_lang() { l=$1; shift; env LC_ALL=C.UTF-8 LANGUAGE="$l" "$@"; }

# make_locale NAME (de_DE.UTF-8): a real locale compiled into $T/locales with
# localedef (Debian's locales package has the sources), used through LOCPATH;
# fails when it cannot be made.
make_locale() {
	command -v localedef >/dev/null 2>&1 || return 1
	mkdir -p "$T/locales"
	localedef -i "${1%%.*}" -f UTF-8 "$T/locales/$1" >/dev/null 2>&1 || return 1
	LOCPATH=$T/locales LC_ALL=$1 locale -k LC_TIME >/dev/null 2>&1
}
