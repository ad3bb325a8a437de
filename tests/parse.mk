# tests of src/parse: the pieces in C, the command on real and hostile files.
check_PROGRAMS += tests/unit/test_parse
tests_unit_test_parse_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_parse_SOURCES = tests/unit/test_parse.c
tests_unit_test_parse_LDADD = $(PARSE_LAYER) \
	$(XML_LIBS) $(JSONC_LIBS)
TESTS += tests/unit/test_parse tests/integration/parse.sh tests/integration/show.sh
EXTRA_DIST += tests/integration/parse.sh tests/integration/show.sh
include tests/parse-big.mk
