# tests of src/text: width, sanitizer, renderer (unit and golden files), extraction.
check_PROGRAMS += tests/unit/test_text
tests_unit_test_text_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_text_SOURCES = tests/unit/test_text.c
tests_unit_test_text_LDADD = $(TEXT_LAYER) $(XML_LIBS) $(JSONC_LIBS) $(LIBINTL)
TESTS += tests/unit/test_text tests/integration/render.sh tests/integration/extract.sh
EXTRA_DIST += tests/integration/render.sh tests/integration/extract.sh tests/text
