# tests of issue 7: translations (German, French, plurals, the German interface),
# manual pages (lint, complete against the code's tables), shell completions,
# make install into a DESTDIR, and the dates of the interface in the locale's form.
check_PROGRAMS += tests/unit/test_datefmt
tests_unit_test_datefmt_CPPFLAGS = $(TEST_CPPFLAGS)
tests_unit_test_datefmt_SOURCES = tests/unit/test_datefmt.c
tests_unit_test_datefmt_LDADD = $(UI_LAYER) $(TIDINGS_LIBS)
I18N_SHELL_TESTS = \
	tests/i18n/potfiles.sh tests/i18n/cli.sh tests/i18n/ui.sh tests/i18n/man.sh \
	tests/i18n/completion.sh tests/i18n/install.sh tests/i18n/readme.sh
TESTS += tests/unit/test_datefmt $(I18N_SHELL_TESTS)
EXTRA_DIST += $(I18N_SHELL_TESTS) tests/i18n/lib.sh tests/i18n/man_check.py
