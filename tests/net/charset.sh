#!/bin/sh
# charset.sh: a page's charset from its HTTP response: extract and show --full decode by it, the header before <meta>.
. "$top_srcdir/tests/net/lib.sh"

# page FILE CHARSET META_CHARSET WORDS: an article of six paragraphs in CHARSET
# (META_CHARSET, when not empty, declared in the page itself)
/usr/bin/python3 - "$NETDIR_T" <<'PY'
import sys
d = sys.argv[1]
def page(name, charset, meta, para):
    head = '<meta charset="%s">' % meta if meta else ''
    body = ''.join('<p>%s %d.</p>\n' % (para, i) for i in range(6))
    html = ('<html><head>%s<title>T</title></head><body><nav><a href="/">Home</a></nav>'
            '<article><h1>T</h1>%s</article></body></html>' % (head, body))
    with open('%s/%s' % (d, name), 'wb') as f:
        f.write(html.encode(charset, 'strict') if charset != 'raw' else html.encode('latin-1'))
ru = ('Длинная статья о северном море, о приливах и о лодках, которые выходят каждое утро '
      'до восхода солнца, и о людях, которые на них работают всю свою жизнь')
page('cp1251.html', 'cp1251', '', ru)
page('koi8.html', 'koi8_r', 'windows-1251', ru)
page('sjis.html', 'shift_jis', '', '北の海の潮と毎朝日の出前に出ていく船についての長い記事です。' * 3)
page('latin1.html', 'latin-1', '', 'Caf\u00e9 cr\u00e8me and a control \u009b[31m that must not reach the terminal, '
     'in a paragraph long enough to be read as the text of an article about coffee')
page('mislabeled.html', 'cp1252', '', 'Caf\u00e9 cr\u00e8me served in a page that says it is UTF-8 while it '
     'is not, in a paragraph long enough to be read as the text of an article')
PY
fx=$(fixture charset.json <<'JSON'
{"/cp1251.html": {"body_file": "cp1251.html", "headers": {"Content-Type": "text/html; charset=windows-1251"}},
 "/koi8.html": {"body_file": "koi8.html", "headers": {"Content-Type": "text/html; charset=\"KOI8-R\""}},
 "/sjis.html": {"body_file": "sjis.html", "headers": {"Content-Type": "text/html;charset=Shift_JIS"}},
 "/latin1.html": {"body_file": "latin1.html", "headers": {"Content-Type": "text/html; charset=iso-8859-1"}},
 "/mislabeled.html": {"body_file": "mislabeled.html", "headers": {"Content-Type": "text/html; charset=utf-8"}},
 "/bogus.html": {"body_file": "cp1251.html", "headers": {"Content-Type": "text/html; charset=no-such-charset"}}}
JSON
)
start_server "$fx"
extract() { "$TIDINGS" extract "$URL/$1" 2>"$T/err"; }

contains "a windows-1251 page declared only by its header is read as such" \
	"$(extract cp1251.html)" "Длинная статья о северном море"
contains "the header's charset wins over the page's <meta>" "$(extract koi8.html)" "о приливах и о лодках"
contains "a Shift_JIS page decodes too" "$(extract sjis.html)" "北の海の潮と毎朝日の出前に"
out=$(extract latin1.html)
contains "an ISO-8859-1 page decodes" "$out" "Café crème and a control"
c1=$(printf '%s' "$out" | /usr/bin/python3 -c 'import sys; t = sys.stdin.buffer.read().decode(); print(sum(0x80 <= ord(c) <= 0x9f or ord(c) == 0x1b for c in t))')
same "and its C1 control (CSI) never reaches the output" "$c1" 0
contains "a page whose bytes are not the UTF-8 its header claims is repaired" "$(extract mislabeled.html)" \
	"Café crème served"
out=$(extract bogus.html); rc=$?
same "an unknown charset name is no error" "$rc" 0
same "and nothing goes to stderr" "$(cat "$T/err")" ""

# show --full fetches the item's page the same way; full-article=yes fetches
# it during the refresh, through the poller
fx2=$(fixture feed.json <<JSON
{"/feed.xml": {"body_file": "feed.xml"}, "/full.xml": {"body_file": "full.xml"},
 "/cp1251.html": {"body_file": "cp1251.html", "headers": {"Content-Type": "text/html; charset=windows-1251"}},
 "/cp1251b.html": {"body_file": "cp1251.html", "headers": {"Content-Type": "text/html; charset=windows-1251"}}}
JSON
)
start_server "$fx2"
feed() {
	cat <<EOF2
<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>$URL/</link>
<item><guid>$1</guid><title>Sea</title><link>$URL/$2</link><description>short</description></item>
</channel></rss>
EOF2
}
feed p1 cp1251.html >"$NETDIR_T/feed.xml"
feed p2 cp1251b.html >"$NETDIR_T/full.xml"
printf '%s\n%s full-article=yes\n' "$URL/feed.xml" "$URL/full.xml" >"$T/urls"
refresh >/dev/null
contains "a full article fetched during a refresh is read by its header's charset" \
	"$(sql "SELECT article_text FROM items WHERE guid = 'p2'")" "Длинная статья о северном море"
id=$(sql "SELECT id FROM items WHERE guid = 'p1'")
contains "show --full reads the page by its header's charset" \
	"$("$TIDINGS" --urls "$T/urls" --cache "$T/cache.db" show --full "$id")" "Длинная статья о северном море"
done_testing
