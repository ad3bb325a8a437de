# tests of scripting (issue 6): the config language, filters and query feeds, undo, exec/pipe,
# hooks, per-feed settings, newsboat import, and the interface's side of them.
check_PROGRAMS += tests/unit/test_filter tests/unit/test_scripting
tests_unit_test_filter_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_filter_SOURCES = tests/unit/test_filter.c
tests_unit_test_filter_LDADD = $(STORE_LAYER) $(TIDINGS_LIBS)
tests_unit_test_scripting_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_scripting_SOURCES = tests/unit/test_scripting.c
tests_unit_test_scripting_LDADD = $(CMD_LAYER) $(TIDINGS_LIBS)
SCRIPTING_SHELL_TESTS = \
	tests/scripting/config.sh tests/scripting/exec.sh tests/scripting/refresh.sh \
	tests/scripting/newsboat.sh tests/ui/scripting.sh
TESTS += tests/unit/test_filter tests/unit/test_scripting $(SCRIPTING_SHELL_TESTS)
EXTRA_DIST += $(SCRIPTING_SHELL_TESTS) tests/scripting/lib.sh
