# lib.sh: shared by the net tests: start the fixture server, run refresh, read its log and the cache.
. "$top_srcdir/tests/lib/tap.sh"
NETDIR=$top_srcdir/tests/net
SERVER_PIDS=
net_cleanup() {
	for p in $SERVER_PIDS; do kill "$p" 2>/dev/null; done
	tap_cleanup
}
trap 'net_cleanup' EXIT
# the servers are on loopback: a proxy from the environment must not get in the way
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
[ -x /usr/bin/python3 ] || skip_all "python3 is not installed"

# start_server FIXTURE [ADDRESS]: sets PORT and URL (http://ADDRESS:PORT)
start_server() {
	addr=${2:-127.0.0.1}
	SLOG=$T/server.log
	rm -f "$T/port"
	/usr/bin/python3 "$NETDIR/server.py" "$1" "$SLOG" "$T/port" "$addr" &
	SERVER_PIDS="$SERVER_PIDS $!"
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	PORT=$(cat "$T/port")
	URL=http://$addr:$PORT
}

# fixture NAME <<JSON: write a fixture next to the test data (body_file paths work)
fixture() { cat >"$NETDIR_T/$1"; echo "$NETDIR_T/$1"; }
NETDIR_T=$T/fx
mkdir -p "$NETDIR_T"
cp "$NETDIR"/data/* "$NETDIR_T"/

: >"$T/config"
refresh() { "$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" --config "$T/config" refresh "$@"; }
sql() { sqlite3 "$T/cache.db" "$1"; }
# hits PATH: how many requests the server saw for PATH
hits() { n=$(grep -c "\"path\": \"$1\"" "$SLOG" 2>/dev/null); echo "${n:-0}"; }

# Count every write to the items table from now on (a trigger in the cache).
count_item_writes() {
	sql "CREATE TABLE IF NOT EXISTS test_writes(n INTEGER);
	     DELETE FROM test_writes; INSERT INTO test_writes VALUES (0);
	     CREATE TRIGGER IF NOT EXISTS tw_i AFTER INSERT ON items BEGIN UPDATE test_writes SET n = n + 1; END;
	     CREATE TRIGGER IF NOT EXISTS tw_u AFTER UPDATE ON items BEGIN UPDATE test_writes SET n = n + 1; END;
	     CREATE TRIGGER IF NOT EXISTS tw_d AFTER DELETE ON items BEGIN UPDATE test_writes SET n = n + 1; END;"
}
item_writes() { sql "SELECT n FROM test_writes"; }
