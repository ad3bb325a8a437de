#!/bin/sh
# store-opml.sh: import FILE.opml (folders become tags, never a command source) and export, round trip.
. "$top_srcdir/tests/lib/tap.sh"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is needed"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
URLS="$XDG_CONFIG_HOME/tidings/urls"
json() { $PY -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

cat >"$T/subs.opml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline type="rss" text="Top level" xmlUrl="http://top.example/feed" htmlUrl="http://top.example/"/>
    <outline text="Tech">
      <outline text="Linux">
        <outline type="rss" text="Kernel &amp; friends" xmlurl="https://kernel.example/rss?a=1&amp;b=2"/>
      </outline>
      <outline type="rss" title="Only a title" xmlUrl="http://tech.example/atom" category="/news,~odd,!hidden"/>
    </outline>
    <outline text="Sneaky">
      <outline type="rss" text="Runs a command" xmlUrl="exec:touch /tmp/tidings-pwned"/>
      <outline type="rss" text="Filters" xmlUrl="filter:rm -rf ~:http://x.example/"/>
      <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
      <outline type="rss" text="Spaced" xmlUrl="http://bad.example/a b"/>
    </outline>
  </body>
</opml>
EOF
out=$("$TIDINGS" import "$T/subs.opml" 2>"$T/err"); rc=$?
same "import exits 0" "$rc" 0
same "and counts what it did" "$out" "3 feeds added, 0 already subscribed, 4 skipped"
same "the urls file has the three web feeds with their folders as tags" "$(cat "$URLS")" \
'http://top.example/feed
https://kernel.example/rss?a=1&b=2 Tech Linux
http://tech.example/atom Tech news odd hidden'
contains "an exec: outline is refused, and said so" "$(cat "$T/err")" "exec:touch"
case $(cat "$URLS") in *exec:*|*filter:*|*file:*) fail "no outline becomes an exec:/filter:/file: source" ;;
*) pass "no outline becomes an exec:/filter:/file: source" ;; esac
test -e /tmp/tidings-pwned; same "nothing was run" "$?" 1
"$TIDINGS" feeds --json >"$T/feeds.json"
same "the OPML names show before the first refresh" "$(json '[f["title"] for f in d]' <"$T/feeds.json")" \
	"['Top level', 'Kernel & friends', 'Only a title']"
out=$("$TIDINGS" import "$T/subs.opml" 2>/dev/null)
same "importing again adds nothing" "$out" "0 feeds added, 3 already subscribed, 4 skipped"

# an OPML 1.0 file with a body of plain outlines
cat >"$T/v1.opml" <<'EOF'
<?xml version="1.0"?>
<opml version="1.0"><head><title>old</title></head><body>
<outline title="Blogs" text="Blogs"><outline text="One" type="rss" xmlUrl="http://one.example/rss"/></outline>
</body></opml>
EOF
"$TIDINGS" import "$T/v1.opml" >/dev/null; rc=$?
same "OPML 1.0 imports" "$rc" 0
same "with its folder as a tag" "$(tail -n 1 "$URLS")" "http://one.example/rss Blogs"

# hostile and broken files
cat >"$T/bomb.opml" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<opml version="2.0"><body><outline text="&h;" xmlUrl="http://bomb.example/&h;"/></body></opml>
EOF
"$TIDINGS" import "$T/bomb.opml" 2>"$T/err"; rc=$?
same "an OPML with an entity bomb is refused" "$rc" 1
contains "saying why" "$(cat "$T/err")" "entities"
cat >"$T/xxe.opml" <<EOF
<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "file://$T/secret.dtd">
<opml version="2.0"><body><outline text="x" xmlUrl="http://xxe.example/feed"/></body></opml>
EOF
echo '<!ATTLIST outline xmlUrl CDATA "http://from-dtd.example/">' >"$T/secret.dtd"
"$TIDINGS" import "$T/xxe.opml" >/dev/null 2>&1
case $(cat "$URLS") in *from-dtd*) fail "an external DTD is never loaded" ;; *) pass "an external DTD is never loaded" ;; esac
echo "<html><body>not opml</body></html>" >"$T/not.opml"
"$TIDINGS" import "$T/not.opml" 2>"$T/err"; rc=$?
same "a file that is not OPML fails" "$rc" 1
contains "as not OPML" "$(cat "$T/err")" "not an OPML document"
"$TIDINGS" import "$T/missing.opml" 2>/dev/null; same "a missing file fails" "$?" 1
"$TIDINGS" import 2>/dev/null; same "import without a file is bad usage" "$?" 2

# ---- export ---------------------------------------------------------------
echo '"exec:cat /tmp/feed.xml" cmd' >>"$URLS"
"$TIDINGS" export >"$T/out.opml"; rc=$?
same "export exits 0" "$rc" 0
same "export is well-formed OPML 2.0" "$($PY -c '
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
print(r.tag, r.get("version"), len([o for o in r.iter("outline") if o.get("xmlUrl")]))' "$T/out.opml")" "opml 2.0 5"
case $(cat "$T/out.opml") in *exec:*) fail "export leaves command sources out" ;; *) pass "export leaves command sources out" ;; esac
contains "an ampersand in a URL is escaped" "$(cat "$T/out.opml")" 'xmlUrl="https://kernel.example/rss?a=1&amp;b=2"'

# round trip: export, import into an empty setup, same feeds and tags
"$TIDINGS" feeds --json | json 'sorted((f["url"], f["tags"]) for f in d if f["url"].startswith("http"))' >"$T/before"
mkdir -p "$T/second"
XDG_CONFIG_HOME="$T/second/config" XDG_DATA_HOME="$T/second/data" "$TIDINGS" import "$T/out.opml" >/dev/null
XDG_CONFIG_HOME="$T/second/config" XDG_DATA_HOME="$T/second/data" "$TIDINGS" feeds --json |
	json 'sorted((f["url"], f["tags"]) for f in d)' >"$T/after"
same "export then import gives the same feeds and tags" "$(cat "$T/after")" "$(cat "$T/before")"
"$TIDINGS" feeds --json | json 'sorted(f["title"] for f in d if f["url"].startswith("http"))' >"$T/names-before"
XDG_CONFIG_HOME="$T/second/config" XDG_DATA_HOME="$T/second/data" "$TIDINGS" feeds --json |
	json 'sorted(f["title"] for f in d)' >"$T/names-after"
same "and the same names" "$(cat "$T/names-after")" "$(cat "$T/names-before")"
done_testing
