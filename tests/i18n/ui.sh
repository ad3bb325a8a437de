#!/bin/sh
# ui.sh: the interface in German (tmux): feed list, headlines with German dates, the article header, the help screen, the status line's plurals.
. "$top_srcdir/tests/ui/lib.sh"
. "$top_srcdir/tests/i18n/lib.sh"


# A German locale when localedef can make one (dates follow LC_TIME);
# otherwise German messages in C.UTF-8 and the date checks are skipped.
if make_locale de_DE.UTF-8; then
	# Under ASan: glibc's newlocale, called by p11-kit's constructor when
	# libcurl's TLS stack loads, leaks its copy of LOCPATH's list (not ours;
	# the fast unwinder often shows only __argz_add_sep).
	printf 'leak:__newlocale\nleak:__argz_add_sep\n' >"$T/lsan.supp"
	LOC="LC_ALL=de_DE.UTF-8 LOCPATH=$T/locales LSAN_OPTIONS=suppressions=$T/lsan.supp:print_suppressions=0"
	german_dates=yes
else
	LOC="LC_ALL=C.UTF-8 LANGUAGE=de"
	german_dates=
fi

standard_cache
# a feed read from a command: the refresh in the interface finds one new article
cat >"$T/one.xml" <<'XML'
<?xml version="1.0"?><rss version="2.0"><channel><title>Eins</title><link>http://example.org/</link>
<item><title>Ein neuer Artikel</title><link>http://example.org/1</link><guid>http://example.org/1</guid></item>
</channel></rss>
XML
subscribe "\"exec:cat $T/one.xml\""
start_ui 100 30 $LOC

# ---- the feed list -------------------------------------------------------------
shows "the title bar is German" "Feeds (9 ungelesen)"
shows "All unread is Alle ungelesenen" "Alle ungelesenen"
shows "Flagged is Vorgemerkt" "Vorgemerkt"
shows "the hint is German" "q:zurück ?:Hilfe"

# ---- headlines and an article -------------------------------------------------
keys j j Enter
shows "a feed's headlines open" "Example News (3)"
row=$(line_of 'Harbour bridge')
if [ -n "$german_dates" ]; then
	want=$(LOCPATH=$T/locales LC_ALL=de_DE.UTF-8 date -d @1736157600 +%x)
	contains "the date is written the German way ($want)" "$row" "$want"
	same "which is day.month.year" "$(printf '%s' "$want" | sed 's/[0-9]/9/g')" "99.99.9999"
else
	skip "the date is written the German way" "no de_DE locale (localedef)"
	skip "which is day.month.year" "no de_DE locale (localedef)"
fi
keys Enter
shows "the article header is German" "Titel: Harbour bridge reopens after repairs"
shows "the author too" "Autor: Ada Lovelace"
shows "and the enclosure" "Anhang: http://127.0.0.1/news/bridge.mp3"
if [ -n "$german_dates" ]; then
	want=$(LOCPATH=$T/locales LC_ALL=de_DE.UTF-8 date -d @1736157600 '+%x %H:%M')
	shows "the article's date too ($want)" "Datum: $want"
else
	skip "the article's date too" "no de_DE locale (localedef)"
fi
keys m
shows "flagging says so in German" "vorgemerkt"
keys q q

# ---- the help screen -----------------------------------------------------------
keys '?'
shows "the help screen is German" "Hilfe: feeds"
shows "its sections too" "Tasten überall"
shows "and the actions' help" "alle Feeds jetzt abrufen"
keys G
shows "actions without a key" "Aktionen ohne Taste (: und den Namen eingeben)"
keys q

# ---- the status line counts in German --------------------------------------------
keys R
shows "a refresh reports one new article in the singular" "4 Feeds: 1 aktualisiert (1 neuer Artikel), 0 unverändert, 3 fehlgeschlagen" 20
keys E
shows "the errors view is German" "Fehlgeschlagene Feeds"
keys q Q
shows "Q quits" "[exit 0]"
same "nothing went to stderr" "$(cat "$T/stderr")" ""
done_testing
