# tests of src/store (the cache and the urls file) and of the subcommands built on it.
STORE_TEST_LDADD = $(STORE_LAYER) $(SQLITE_LIBS) $(PTHREAD_LIBS)
STORE_TEST_CPPFLAGS = $(TEST_CPPFLAGS) $(SQLITE_CFLAGS)

check_PROGRAMS += tests/unit/test_store tests/unit/test_store_schema tests/unit/test_urls \
	tests/unit/test_fts_index tests/unit/test_checkpoint
tests_unit_test_store_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_SOURCES = tests/unit/test_store.c
tests_unit_test_store_LDADD = $(STORE_TEST_LDADD)
tests_unit_test_store_schema_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_schema_SOURCES = tests/unit/test_store_schema.c
tests_unit_test_store_schema_LDADD = $(STORE_TEST_LDADD)
tests_unit_test_urls_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_urls_SOURCES = tests/unit/test_urls.c
tests_unit_test_urls_LDADD = $(STORE_TEST_LDADD)
tests_unit_test_fts_index_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_fts_index_SOURCES = tests/unit/test_fts_index.c
tests_unit_test_fts_index_LDADD = $(STORE_TEST_LDADD)
tests_unit_test_checkpoint_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_checkpoint_SOURCES = tests/unit/test_checkpoint.c
tests_unit_test_checkpoint_LDADD = $(STORE_TEST_LDADD)
TESTS += tests/unit/test_store tests/unit/test_store_schema tests/unit/test_urls \
	tests/unit/test_fts_index tests/unit/test_checkpoint
STORE_SHELL_TESTS = \
	tests/integration/store-cli.sh tests/integration/store-opml.sh tests/integration/store-crash.sh
TESTS += $(STORE_SHELL_TESTS)
EXTRA_DIST += $(STORE_SHELL_TESTS)
