#!/bin/sh
# completion.sh: the bash completion loads without errors and completes commands, actions, settings and feeds; zsh's parses (when zsh is there).
. "$top_srcdir/tests/lib/tap.sh"
command -v bash >/dev/null 2>&1 || skip_all "bash is not installed"
BASHCOMP=$top_srcdir/completions/bash/tidings
ZSHCOMP=$top_srcdir/completions/zsh/_tidings

printf '%s\n' 'https://a.example/feed.xml news' '"exec:ssh host cat feed.xml" work' \
	'https://b.example/rss' '"query:Today:unread = yes"' >"$T/urls"
printf 'share pinboard "https://pinboard.in/add?url=%%u"\n' >"$T/conf"

# complete LINE: what bash offers at the end of LINE (COMP_LINE, COMP_POINT,
# COMP_WORDS and COMP_CWORD as readline sets them), one a line
complete_line() {
	bash --norc --noprofile -c '
		set -u
		. "$1" || exit 3
		COMP_LINE=$2
		COMP_POINT=${#COMP_LINE}
		read -r -a COMP_WORDS <<<"$COMP_LINE"
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		case $COMP_LINE in *" ") COMP_WORDS+=(""); COMP_CWORD=$((COMP_CWORD + 1)) ;; esac
		COMPREPLY=()
		_tidings tidings "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"
	' complete "$BASHCOMP" "$1"
}

out=$(bash --norc --noprofile -c '. "$1" && complete -p tidings' load "$BASHCOMP" 2>&1)
same "the bash completion loads without a word on stderr and registers itself" "$out" "complete -F _tidings tidings"
out=$(bash --norc --noprofile -c 'set -u; . "$1"' load "$BASHCOMP" 2>&1)
same "it loads under set -u too" "$out" ""

T1=$TIDINGS
same "a command from its first letters" "$(complete_line "$T1 ref")" "refresh"
same "commands that share a start" "$(complete_line "$T1 im" | tr '\n' ' ')" "import import-feed "
same "-x completes action names" "$(complete_line "$T1 -x mark-" | tr '\n' ' ')" "mark-feed-read mark-all-read "
same "set completes setting names" "$(complete_line "$T1 -x set max-" | tr '\n' ' ')" "max-connections max-host-connections max-body-size max-items max-downloads "
same "remove completes the feeds of the urls file" \
	"$(complete_line "$T1 --urls $T/urls remove " | tr '\n' ' ')" \
	'https://a.example/feed.xml exec:ssh\ host\ cat\ feed.xml https://b.example/rss '
same "a URL is completed after readline's ':' split" \
	"$(complete_line "$T1 --urls $T/urls remove https://b")" "//b.example/rss"
same "items --feed also offers the query feeds" \
	"$(complete_line "$T1 --urls $T/urls items --feed q")" "query:Today"
same "share --service lists the services, the config's too" \
	"$(complete_line "$T1 --config $T/conf share 1 --service p")" "pinboard"
same "options of a command" "$(complete_line "$T1 refresh --" | tr '\n' ' ')" "--quiet --due "
same "global options before the command" "$(complete_line "$T1 --ca")" "--cache"
touch "$T/list.opml"
same "import completes files" "$(complete_line "$T1 import $T/li")" "$T/list.opml"
same "--complete without a kind lists the kinds" "$("$TIDINGS" --complete | tr '\n' ' ')" \
	"commands actions settings contexts services feeds queries "
same "feeds come from the urls file without a cache being made" \
	"$("$TIDINGS" --urls "$T/urls" --cache "$T/none.db" --complete feeds | wc -l)" "3"
check "and no cache was made" test ! -e "$T/none.db"

if command -v zsh >/dev/null 2>&1; then
	out=$(zsh -n "$ZSHCOMP" 2>&1)
	same "zsh -n: the zsh completion parses" "$out" ""
	out=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D; autoload -Uz _tidings; print -r -- $_comps[tidings]' \
		zsh "$(dirname "$ZSHCOMP")" 2>&1)
	same "compinit picks it up for the tidings command" "$out" "_tidings"
else
	skip "zsh -n: the zsh completion parses" "zsh is not installed"
fi
done_testing
