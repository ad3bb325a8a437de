#!/bin/sh
# layers.sh: the layers of src/ as the build keeps them: which folder may include which (one matrix, here),
# private headers stay in their folder, and only ui/term.c includes curses, only store/ SQLite, only net/ curl.
. "$top_srcdir/tests/lib/tap.sh"
cd "$top_srcdir/src" || exit 1

# FOLDER: the folders its files may include besides its own (low to high;
# HACKING's "Layout" explains each). main.c is the only file at the root.
cat >"$T/matrix" <<'EOF'
util:
model: util
parse: util model
store: util model
net: util
text: util
cmd: util model store text
refresh: util model parse store net text cmd
download: util model store net text cmd refresh
ui: util model store net text cmd refresh download
cli: util model parse store net text cmd refresh download ui
main.c: util cli
EOF

# Every #include "FOLDER/..." as "file:line: folder/header".
find . -name '*.[ch]' | sed 's|^\./||' | LC_ALL=C sort | while read -r f; do
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]*/' "$f" |
		sed "s|^\([0-9]*\):.*\"\(.*\)\".*|$f:\1: \2|"
done >"$T/includes"
check "the includes of src/ were found" test -s "$T/includes"

# bad_includes: each include whose folder the matrix does not allow, with why
bad=$(awk -v matrix="$T/matrix" '
BEGIN {
	while ((getline line < matrix) > 0) {
		split(line, kv, ":")
		allowed[kv[1]] = " " kv[1] " " kv[2] " "
	}
}
{
	file = $1; sub(/:[0-9]+:$/, "", file)
	split(file, part, "/")
	from = part[1]
	if (!(from in allowed)) { print $0 " (" from " is not in the matrix)"; next }
	split($2, inc, "/")
	if (index(allowed[from], " " inc[1] " ") == 0)
		print $0 " (" from " may include:" allowed[from] ")"
}' "$T/includes")
same "no folder includes a header of a folder it may not (tests/integration/layers.sh has the matrix)" "$bad" ""

same "src/ holds main.c and the layers' folders, no other source" \
	"$(find . -maxdepth 1 -name '*.[ch]' | sed 's|^\./||' | tr '\n' ' ')" "main.c "

# private headers: *_int.h and internal.h stay in their folder; src/refresh and
# src/download are reached only through their one public header
private=$(grep -E ': [a-z_]+/([a-z_]*_int|internal)\.h$' "$T/includes" | while read -r loc inc; do
	[ "${loc%%/*}" = "${inc%%/*}" ] || echo "$loc $inc"
done)
same "private headers (*_int.h, internal.h) are included only in their own folder" "$private" ""
refresh=$(grep -E ': refresh/' "$T/includes" | grep -v '^refresh/' | grep -v ': refresh/refresh\.h$')
same "outside src/refresh only refresh/refresh.h is included" "$refresh" ""
download=$(grep -E ': download/' "$T/includes" | grep -v '^download/' | grep -v ': download/download\.h$')
same "outside src/download only download/download.h is included" "$download" ""

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
