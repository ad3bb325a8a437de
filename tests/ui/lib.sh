# lib.sh: shared by the interface tests: the real binary in a private tmux server, keys in, the screen out.
. "$top_srcdir/tests/net/lib.sh"
command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"

UIDATA=$top_srcdir/tests/ui/data
UI_RUN=0
TMUX_SOCK=tidings-test-$$-$UI_RUN
unset TMUX TMUX_PANE
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR BROWSER DISPLAY WAYLAND_DISPLAY SSH_CONNECTION SSH_TTY
tm() { tmux -L "$TMUX_SOCK" -f /dev/null "$@"; }
ui_cleanup() {
	n=0
	while [ $n -le $UI_RUN ]; do
		tmux -L "tidings-test-$$-$n" kill-server >/dev/null 2>&1
		n=$((n + 1))
	done
	net_cleanup
}
trap 'ui_cleanup' EXIT

# The config every test starts from: the browser writes what it was given.
cat >"$T/browser.sh" <<'EOF'
#!/bin/sh
printf '%s\n' "$1" >>"$(dirname "$0")/opened"
EOF
chmod +x "$T/browser.sh"
printf 'set browser "%s %%s"\n' "$T/browser.sh" >"$T/config"

# start_ui [COLS ROWS] [ENV=VALUE...]: tidings in a fresh tmux server, the
# cache, urls and config of this test. When it exits, the pane shows
# "[exit N]" and stays.
start_ui() {
	cols=${1:-100}; rows=${2:-30}
	[ $# -ge 2 ] && shift 2
	# each run its own server: a server still going away never takes the next session
	tm kill-server >/dev/null 2>&1
	UI_RUN=$((UI_RUN + 1))
	TMUX_SOCK=tidings-test-$$-$UI_RUN
	tm new-session -d -x "$cols" -y "$rows" \
		"env $* '$TIDINGS' --urls '$T/urls' --cache '$T/cache.db' --config '$T/config' 2>'$T/stderr'; echo \"[exit \$?]\"; sleep 60" \; \
		set-option -g status off
	wait_for "tidings" 5
}

screen() { tm capture-pane -p -t 0 2>/dev/null; }
keys() { tm send-keys -t 0 "$@"; }
# keys_literal TEXT: typed as it is (no key names)
type_text() { tm send-keys -t 0 -l "$1"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows (0) or time runs out (1)
wait_for() {
	limit=$(( ${2:-5} * 20 ))
	i=0
	while [ $i -lt "$limit" ]; do
		if screen | grep -qF -- "$1"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# wait_gone TEXT [SECONDS]: poll until TEXT is no longer on the screen
wait_gone() {
	limit=$(( ${2:-5} * 20 ))
	i=0
	while [ $i -lt "$limit" ]; do
		if ! screen | grep -qF -- "$1"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# shows DESCRIPTION TEXT [SECONDS]: a test that TEXT appears
shows() {
	if wait_for "$2" "${3:-5}"; then pass "$1"; else fail "$1" "missing: $2" "screen:" "$(screen)"; fi
}
hides() {
	if wait_gone "$2" "${3:-5}"; then pass "$1"; else fail "$1" "still there: $2" "screen:" "$(screen)"; fi
}
# line_of TEXT: the screen line holding TEXT
line_of() { screen | grep -F -- "$1" | head -n 1; }

# subscribe URL [TAG...]: a line in the urls file, as `tidings add` writes it
subscribe() { printf '%s\n' "$*" >>"$T/urls"; }
# load FILE URL...: the feed files into the cache as if URL served them
load() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" import-feed "$@" >/dev/null; }

# The usual cache: three feeds from tests/ui/data (not fetched: port 9 refuses).
standard_cache() {
	subscribe "http://127.0.0.1:9/news.xml" news local
	subscribe "http://127.0.0.1:9/wide.json" world
	subscribe "http://127.0.0.1:9/evil.json"
	load "$UIDATA/news.xml" http://127.0.0.1:9/news.xml \
		"$UIDATA/wide.json" http://127.0.0.1:9/wide.json \
		"$UIDATA/evil.json" http://127.0.0.1:9/evil.json
}
