#!/bin/sh
# readme.sh: the README stays true: its two commands, its package list (quickstart.sh's BUILD_DEPS), its commands and its config examples.
. "$top_srcdir/tests/lib/tap.sh"
R=$top_srcdir/README

contains "the first of the two commands is there as it is" "$(cat "$R")" "    ./quickstart.sh          # install what is missing, build, start tidings"
contains "and the second" "$(cat "$R")" "    ./quickstart.sh check    # the same set-up, then the whole test suite"

# the apt-get line of "Building by hand" names exactly quickstart.sh's BUILD_DEPS
readme_pkgs=$(sed -n '/apt-get install build-essential/,/^$/p' "$R" | tr -d '\\' | tr -s ' \n' '\n\n' |
	grep -v '^apt-get$\|^install$\|^$' | sort)
quick_pkgs=$(sed -n '/^BUILD_DEPS="/,/"$/p' "$top_srcdir/quickstart.sh" | sed 's/BUILD_DEPS=//' | tr -d '"' |
	tr -s ' \n' '\n\n' | grep . | sort)
check "the README names build packages" test -n "$readme_pkgs"
same "the README's packages are quickstart.sh's BUILD_DEPS" "$readme_pkgs" "$quick_pkgs"

# every "tidings WORD" in the README's command blocks is a command of the binary
commands=$("$TIDINGS" --complete commands)
bad=$(grep '^    ' "$R" | grep -o 'tidings [-a-z][-a-z]*' | sed 's/^tidings //' | sort -u | while read -r w; do
	# "tidings - Feeds": the title bar of the screen capture
	case $w in -) continue ;; --help | --version | --config | --urls | --cache) continue ;; esac
	printf '%s\n' "$commands" | grep -qx -- "$w" || echo "$w"
done)
same "every tidings command the README shows exists" "$bad" ""

# the config blocks read without a problem
export HOME="$T/home"
mkdir -p "$HOME/.config/tidings"
: >"$HOME/.config/tidings/keys"
unset XDG_CONFIG_HOME
sed -n "/<<'EOF'/,/^    EOF/p" "$R" | sed '1d;$d;s/^    //' >"$T/tour.conf"
check "the tour has a config block" test -s "$T/tour.conf"
out=$("$TIDINGS" --config "$T/tour.conf" --check-config 2>&1)
same "the tour's key bindings pass --check-config" "$out" ""
sed -n '/The config speaks one small language/,/^[A-Z]/p' "$R" | grep '^    ' | sed 's/^    //' >"$T/lang.conf"
check "the config language has an example" test -s "$T/lang.conf"
out=$("$TIDINGS" --config "$T/lang.conf" --check-config 2>&1)
same "the config language example passes --check-config" "$out" ""
done_testing
