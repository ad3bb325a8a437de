#!/bin/sh
# proxy.sh: the proxy setting (config and environment), credentials in the URL.
. "$top_srcdir/tests/net/lib.sh"

fx=$(fixture proxy.json <<'JSON'
{"/rss.xml": {"body_file": "rss.xml"},
 "/private.xml": {"body_file": "atom.xml", "auth": "reader:s3cret"}}
JSON
)
start_server "$fx"
printf '%s\n' "http://feeds.example.invalid/rss.xml" >"$T/urls"
printf 'set proxy %s\n' "$URL" >"$T/config"
out=$(refresh); rc=$?
same "a feed fetched through the configured proxy" "$rc" 0
contains "its items stored" "$out" "http://feeds.example.invalid/rss.xml: 3 new"
contains "the proxy was asked for the feed's host" "$(cat "$SLOG")" '"proxied": "feeds.example.invalid"'

: >"$T/config"
: >"$SLOG"
rm -f "$T/cache.db"*
out=$(http_proxy=$URL refresh); rc=$?
same "http_proxy from the environment works too" "$rc" 0
contains "through the proxy" "$(cat "$SLOG")" '"proxied": "feeds.example.invalid"'

printf '%s\n' "http://reader:s3cret@127.0.0.1:$PORT/private.xml" "$URL/private.xml" >"$T/urls"
out=$(refresh)
contains "credentials in the URL are sent" "$out" "http://reader:s3cret@127.0.0.1:$PORT/private.xml: 2 new"
contains "without them, 401" "$out" "$URL/private.xml: error: HTTP 401"
done_testing
