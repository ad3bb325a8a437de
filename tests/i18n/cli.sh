#!/bin/sh
# cli.sh: the command line speaks German and French: --help, errors, and plural forms in refresh's counts.
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/i18n/lib.sh"

# ---- --help and errors -------------------------------------------------------
out=$(in_lang de "$TIDINGS" --help)
contains "LANGUAGE=de tidings --help is German" "$out" "Ein Newsreader für das Terminal."
contains "the command list too" "$out" "tidings refresh [--quiet] [--due] [URL...]   Feeds jetzt abrufen"
contains "and the global options" "$out" "--cache FILE    der SQLite-Cache"
out=$(in_lang fr "$TIDINGS" --help)
contains "LANGUAGE=fr tidings --help is French" "$out" "Un lecteur de flux pour le terminal."
contains "the French command list" "$out" "tidings feeds [--json]   les flux avec leurs articles non lus/totaux"
out=$(LC_ALL=C.UTF-8 "$TIDINGS" --help)
contains "without LANGUAGE it stays English" "$out" "A terminal newsreader."
out=$(in_lang de "$TIDINGS" frobnicate 2>&1)
same "an unknown command is reported in German" "$out" "tidings: unbekannter Befehl „frobnicate“ (siehe „tidings --help“)"
out=$(in_lang fr "$TIDINGS" show 2>&1)
same "a usage error in French (after the program's name)" "$out" "tidings: usage : tidings show ID [--full] [--width N]"
# errors from the store layer are translated too
out=$(in_lang de "$TIDINGS" --cache "$T/c.db" --urls "$T/none" show 99 2>&1)
contains "the store's messages are German" "$out" "kein Artikel 99"

# ---- plurals: a refresh that finds 1, then 2 new items --------------------------
# The feed is read from a command (exec:), so no server is needed.
feed() {
	{
		echo '<?xml version="1.0"?><rss version="2.0"><channel><title>Plural</title><link>http://example.org/</link>'
		i=1
		while [ "$i" -le "$1" ]; do
			echo "<item><title>Item $i</title><link>http://example.org/$i</link><guid>http://example.org/$i</guid></item>"
			i=$((i + 1))
		done
		echo '</channel></rss>'
	} >"$T/feed.xml"
}
printf '"exec:cat %s"\n' "$T/feed.xml" >"$T/urls"
: >"$T/tidings.conf"
set -- --urls "$T/urls" --cache "$T/cache.db" --config "$T/tidings.conf"
feed 1
out=$(LC_ALL=C.UTF-8 "$TIDINGS" "$@" refresh)
contains "one new item is singular" "$out" "1 feed: 1 updated (1 new item), 0 unchanged, 0 failed"
feed 3
out=$(in_lang de "$TIDINGS" "$@" refresh)
contains "German plural: 2 neue Artikel" "$out" "1 Feed: 1 aktualisiert (2 neue Artikel), 0 unverändert, 0 fehlgeschlagen"
contains "the feed's own line in German" "$out" ": 2 neu"
feed 4
out=$(in_lang de "$TIDINGS" "$@" refresh)
contains "German singular: 1 neuer Artikel" "$out" "(1 neuer Artikel)"
feed 6
out=$(in_lang fr "$TIDINGS" "$@" refresh)
contains "French plural: 2 nouveaux articles" "$out" "1 flux : 1 mis à jour (2 nouveaux articles), 0 inchangés, 0 en échec"
contains "the feed's own line in French" "$out" " : 2 nouveaux"
feed 7
out=$(in_lang fr "$TIDINGS" "$@" refresh)
contains "French singular: 1 nouvel article" "$out" "(1 nouvel article)"
contains "and the feed's line: 1 nouveau" "$out" " : 1 nouveau"
out=$(in_lang fr "$TIDINGS" "$@" refresh)
contains "French says 0 in the singular" "$out" "(0 nouvel article)"
feed 9
out=$(LC_ALL=C.UTF-8 "$TIDINGS" "$@" refresh)
contains "two new items is plural" "$out" "(2 new items)"

# -x refresh-all counts articles the same way
feed 10
out=$(in_lang de "$TIDINGS" "$@" -x refresh-all)
contains "-x refresh-all: the summary of tidings refresh" "$out" "1 Feed: 1 aktualisiert (1 neuer Artikel), 0 unverändert, 0 fehlgeschlagen"
out=$(in_lang de "$TIDINGS" "$@" -x print-unread)
same "print-unread in German" "$out" "10 ungelesene Artikel"
out=$(in_lang fr "$TIDINGS" "$@" -x mark-all-read)
same "mark-all-read in French" "$out" "10 articles marqués comme lus"

# ---- dump-config carries the translated help as comments -------------------------
out=$(in_lang de "$TIDINGS" "$@" --dump-config)
contains "--dump-config comments are German" "$out" "# gleichzeitig abgerufene Feeds"
contains "its setting lines stay the config language" "$out" "set max-connections 16"
done_testing
