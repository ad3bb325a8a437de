#!/bin/sh
# layers.sh: the layering rules a grep can keep: only ui/term.c includes curses, only store/ SQLite, only net/ curl.
. "$top_srcdir/tests/lib/tap.sh"
cd "$top_srcdir/src" || exit 1
# includers PATTERN [DIR]: the sources outside DIR that include a header matching PATTERN
includers() {
	grep -rlE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($1)" --include='*.c' --include='*.h' . |
		grep -v "^\./${2:-nowhere}/" | sort | tr '\n' ' '
}
same "only src/ui/term.c includes curses" "$(includers 'n?curses(w)?/?[a-z]*\.h')" "./ui/term.c "
same "only src/store includes sqlite3.h" "$(includers 'sqlite3\.h' store)" ""
same "only src/net includes curl" "$(includers 'curl/' net)" ""
got=$(grep -rlE '\b(initscr|newterm|endwin|wrefresh|doupdate|get_wch|getch)\(' --include='*.c' . | grep -v '^\./ui/term\.c$' | tr '\n' ' ')
same "no ncurses call outside src/ui/term.c" "$got" ""
done_testing
