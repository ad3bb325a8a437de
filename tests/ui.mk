# tests of the interface (src/ui, src/cmd actions and keys): the real binary driven in tmux,
# and key names, bindings and the action table's checks as a unit test.
check_PROGRAMS += tests/unit/test_keys tests/unit/test_headline_pages
tests_unit_test_headline_pages_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_headline_pages_SOURCES = tests/unit/test_headline_pages.c
tests_unit_test_headline_pages_LDADD = $(UI_LAYER) $(TIDINGS_LIBS)
tests_unit_test_keys_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_keys_SOURCES = tests/unit/test_keys.c
tests_unit_test_keys_LDADD = $(CMD_LAYER) $(TIDINGS_LIBS)
UI_SHELL_TESTS = \
	tests/ui/views.sh tests/ui/screen.sh tests/ui/refresh.sh tests/ui/welcome.sh \
	tests/ui/cmdline.sh tests/ui/flags.sh tests/ui/table.sh tests/ui/podcasts.sh
TESTS += tests/unit/test_keys tests/unit/test_headline_pages $(UI_SHELL_TESTS)
EXTRA_DIST += $(UI_SHELL_TESTS) tests/ui/lib.sh tests/ui/data
