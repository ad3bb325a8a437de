# tests of src/net (the poller, the loop), src/refresh (the pipeline) and `tidings refresh`
# (against tests/net/server.py). Each unit test links its layer and those below.
check_PROGRAMS += tests/unit/test_spawn tests/unit/test_options tests/unit/test_loop tests/unit/test_net \
	tests/unit/test_update
tests_unit_test_spawn_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_spawn_SOURCES = tests/unit/test_spawn.c
tests_unit_test_spawn_LDADD = $(UTIL_LAYER)
tests_unit_test_options_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_options_SOURCES = tests/unit/test_options.c
tests_unit_test_options_LDADD = $(CMD_LAYER) $(TIDINGS_LIBS)
tests_unit_test_loop_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_loop_SOURCES = tests/unit/test_loop.c
tests_unit_test_loop_LDADD = $(NET_LAYER) $(TIDINGS_LIBS)
tests_unit_test_net_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_net_SOURCES = tests/unit/test_net.c
tests_unit_test_net_LDADD = $(NET_LAYER) $(TIDINGS_LIBS)
tests_unit_test_update_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_update_SOURCES = tests/unit/test_update.c
tests_unit_test_update_LDADD = $(REFRESH_LAYER) $(TIDINGS_LIBS)
NET_SHELL_TESTS = \
	tests/net/fetch.sh tests/net/redirect.sh tests/net/errors.sh tests/net/schedule.sh \
	tests/net/exec.sh tests/net/lock.sh tests/net/kill.sh tests/net/proxy.sh tests/net/charset.sh tests/net/tls.sh \
	tests/net/download.sh
TESTS += tests/unit/test_spawn tests/unit/test_options tests/unit/test_loop tests/unit/test_net \
	tests/unit/test_update \
	$(NET_SHELL_TESTS)
EXTRA_DIST += $(NET_SHELL_TESTS) tests/net/lib.sh tests/net/server.py tests/net/data
