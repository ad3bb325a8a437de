# tests of share links (cmd/share.c, `tidings share`), the clipboard (ui/clipboard.c),
# opening links (util/open.c) and feed discovery (text/feedlinks.c, refresh/discover.c, `tidings add PAGE`).
# Each unit test links its layer and those below (Makefile.am's *_LAYER).
check_PROGRAMS += tests/unit/test_share tests/unit/test_clipboard tests/unit/test_open \
	tests/unit/test_feedlinks
tests_unit_test_share_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_share_SOURCES = tests/unit/test_share.c
tests_unit_test_share_LDADD = $(CMD_LAYER) $(TIDINGS_LIBS)
tests_unit_test_clipboard_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_clipboard_SOURCES = tests/unit/test_clipboard.c
tests_unit_test_clipboard_LDADD = $(UI_LAYER) $(TIDINGS_LIBS)
tests_unit_test_open_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_open_SOURCES = tests/unit/test_open.c
tests_unit_test_open_LDADD = $(UTIL_LAYER) $(LIBINTL)
tests_unit_test_feedlinks_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_feedlinks_SOURCES = tests/unit/test_feedlinks.c
tests_unit_test_feedlinks_LDADD = $(TEXT_LAYER) $(XML_LIBS) $(LIBINTL)
TESTS += tests/unit/test_share tests/unit/test_clipboard tests/unit/test_open tests/unit/test_feedlinks
SHARE_SHELL_TESTS = tests/share/share.sh tests/share/discover.sh
TESTS += $(SHARE_SHELL_TESTS)
EXTRA_DIST += $(SHARE_SHELL_TESTS)
