# tests of src/util and of the command-line contract shared by all subcommands.
check_PROGRAMS += tests/unit/test_util
tests_unit_test_util_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_util_SOURCES = tests/unit/test_util.c
tests_unit_test_util_LDADD = $(UTIL_LAYER)
check_PROGRAMS += tests/unit/test_thread
tests_unit_test_thread_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_thread_SOURCES = tests/unit/test_thread.c
tests_unit_test_thread_LDADD = $(UTIL_LAYER) $(PTHREAD_LIBS)
TESTS += tests/unit/test_util tests/unit/test_thread tests/integration/cli.sh
EXTRA_DIST += tests/integration/cli.sh
