#!/bin/sh
# potfiles.sh: po/POTFILES.in lists every file with translatable strings, messages go through gettext, and de.po/fr.po translate every one of them (msgfmt --check).
. "$top_srcdir/tests/lib/tap.sh"
command -v xgettext >/dev/null 2>&1 || skip_all "xgettext (gettext) is not installed"
cd "$top_srcdir" || exit 1

# ---- POTFILES.in ----------------------------------------------------------------
listed=$(grep -v '^#' po/POTFILES.in | grep .)
using=$(find src -name '*.c' | sort | while read -r f; do
	grep -qE '(^|[^A-Za-z0-9_])(_|N_|ngettext)\(' "$f" && echo "$f"
done)
printf '%s\n' "$listed" >"$T/listed"
same "every source file using _(), N_() or ngettext() is in po/POTFILES.in" \
	"$(printf '%s\n' "$using" | grep -vxF -f "$T/listed")" ""
missing=$(printf '%s\n' "$listed" | while read -r f; do [ -f "$f" ] || echo "$f"; done)
same "every file po/POTFILES.in lists exists" "$missing" ""
same "po/POTFILES.in is sorted" "$(printf '%s\n' "$listed" | LC_ALL=C sort -c 2>&1)" ""

# ---- messages that skip gettext ----------------------------------------------------
# a message written as a bare literal to the functions that show it to the user
bare=$(grep -rnE '\b(cli_fail|cli_usage_error)\(\s*"[^"]*[a-z]{2}|\b(action_say|ui_say)\([^,]+,\s*[A-Z_]+,\s*"[^"]*[a-z]{2}|store_failf\([^,]+,\s*[A-Z_]+,\s*"[^"]*[a-z]{2}' \
	src --include=*.c)
same "no message reaches the user without _()" "$bare" ""

# ---- the catalogs ------------------------------------------------------------------
opts=$(sed -n 's/^XGETTEXT_OPTIONS = //p' po/Makevars)
# shellcheck disable=SC2086
xgettext --default-domain=tidings --directory=. --files-from=po/POTFILES.in $opts \
	--output="$T/now.pot" 2>"$T/xgettext.err"
check "xgettext reads every listed file" test -s "$T/now.pot"
for l in $(sed -e 's/#.*//' po/LINGUAS); do
	out=$(msgfmt --check --check-format -o /dev/null "po/$l.po" 2>&1)
	same "msgfmt --check po/$l.po" "$out" ""
	msgmerge --quiet --no-fuzzy-matching -o "$T/$l.po" "po/$l.po" "$T/now.pot" 2>/dev/null
	un=$(msgattrib --untranslated --no-obsolete "$T/$l.po" 2>/dev/null | grep '^msgid ' | grep -vx 'msgid ""')
	fz=$(msgattrib --only-fuzzy --no-obsolete "$T/$l.po" 2>/dev/null | grep '^msgid ' | grep -vx 'msgid ""')
	same "po/$l.po translates every message of the sources (run make update-po, then translate)" "$un$fz" ""
	case $l in
	de) plural='nplurals=2; plural=(n != 1);' ;;
	fr) plural='nplurals=2; plural=(n > 1);' ;;
	*) plural= ;;
	esac
	[ -n "$plural" ] && contains "po/$l.po has the plural rule of its language" "$(cat "po/$l.po")" "$plural"
done
done_testing
