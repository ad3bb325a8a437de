#!/bin/sh
# tls.sh: TLS certificates are verified: a feed or a page behind a certificate nobody vouches for is refused, with a message that says why.
. "$top_srcdir/tests/net/lib.sh"
command -v openssl >/dev/null 2>&1 || skip_all "openssl is not installed"

# a certificate for 127.0.0.1 that signs itself: right name, no authority behind it
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
	-addext "subjectAltName=IP:127.0.0.1" -keyout "$T/key.pem" -out "$T/cert.pem" >/dev/null 2>&1 ||
	skip_all "openssl cannot make a certificate"
fx=$(fixture tls.json <<'JSON'
{"/feed.xml": {"body_file": "rss.xml"},
 "/page.html": {"body": "<html><body><article><p>A page behind TLS.</p></article></body></html>"}}
JSON
)
SERVER_TLS="$T/cert.pem:$T/key.pem"
export SERVER_TLS
start_server "$fx"
unset SERVER_TLS
https=https://127.0.0.1:$PORT
check "the server answers HTTPS to a client that trusts its certificate" /usr/bin/python3 -c '
import ssl, sys, urllib.request
ctx = ssl.create_default_context(cafile=sys.argv[2])
urllib.request.urlopen(sys.argv[1], context=ctx).read()' "$https/feed.xml" "$T/cert.pem"

echo "$https/feed.xml" >"$T/urls"
out=$(refresh 2>&1); rc=$?
same "a refresh of the only feed, refused, exits 1" "$rc" 1
contains "the line names the feed" "$out" "$https/feed.xml: error:"
contains "and says the certificate is the problem" "$(printf '%s' "$out" | tr 'A-Z' 'a-z')" "certificate"
same "the feed keeps the error" "$(sql "SELECT last_error IS NOT NULL FROM feeds")" 1
same "nothing was stored" "$(sql "SELECT count(*) FROM items")" 0
same "no request got through (only the check's)" "$(hits /feed.xml)" 1

"$TIDINGS" extract "$https/page.html" >"$T/out" 2>"$T/err"
same "extract refuses the page too" "$?" 1
contains "and says why" "$(tr 'A-Z' 'a-z' <"$T/err")" "certificate"
done_testing
