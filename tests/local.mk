# tests: unit tests (C, TAP) and integration tests (shell, TAP) on the real binary.
# Each area registers its tests in tests/AREA.mk.
TEST_EXTENSIONS = .sh
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	TIDINGS='$(abs_top_builddir)/src/tidings'; \
	SHARED_DIR="$${SHARED_DIR:-$(abs_top_srcdir)/../shared}"; \
	export top_srcdir top_builddir TIDINGS SHARED_DIR;

TEST_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/lib
EXTRA_DIST += tests/lib tests/data

# the tree itself: which folder may include which (the layers' matrix)
TESTS += tests/integration/layers.sh
EXTRA_DIST += tests/integration/layers.sh

include tests/util.mk
include tests/parse.mk
include tests/store.mk
include tests/net.mk
include tests/text.mk
include tests/share.mk
include tests/ui.mk
include tests/scripting.mk
include tests/i18n.mk
include tests/fuzz/local.mk
