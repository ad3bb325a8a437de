# tests/fuzz: libFuzzer targets (one line each below) and their replay in make check.
# `make fuzz` builds every target in a tree configured with
# `./configure --enable-fuzzing CC=clang` (bench/fuzz.sh does that in a copy
# of the tree under /tmp and runs one). A target is tests/fuzz/fuzz_X.c
# defining LLVMFuzzerTestOneInput; it links every layer library, so adding
# one takes one line here and nothing else.
FUZZ_TARGETS =
FUZZ_TARGETS += tests/fuzz/fuzz_parse
FUZZ_TARGETS += tests/fuzz/fuzz_render
FUZZ_TARGETS += tests/fuzz/fuzz_extract
FUZZ_TARGETS += tests/fuzz/fuzz_names
FUZZ_TARGETS += tests/fuzz/fuzz_opml
FUZZ_TARGETS += tests/fuzz/fuzz_config
FUZZ_TARGETS += tests/fuzz/fuzz_filter
FUZZ_TARGETS += tests/fuzz/fuzz_urls
FUZZ_TARGETS += tests/fuzz/fuzz_newsboat

FUZZ_LDADD = $(TIDINGS_LAYERS) $(TIDINGS_LIBS)
FUZZ_COMPILE = $(CC) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
	$(XML_CFLAGS) $(AM_CFLAGS) $(CFLAGS)
EXTRA_DIST += $(FUZZ_TARGETS:=.c) tests/fuzz/feed.dict tests/fuzz/replay.c
CLEANFILES += $(FUZZ_TARGETS)

if FUZZING
# No pattern rules (automake -Wportability): one loop builds them all; they
# are small, so always relinking them is cheaper than a rule per target.
fuzz fuzz-targets: $(TIDINGS_LAYERS)
	@$(MKDIR_P) tests/fuzz
	@for t in $(FUZZ_TARGETS); do \
	  echo "  FUZZ     $$t"; \
	  $(FUZZ_COMPILE) -fsanitize=fuzzer -o $$t $(srcdir)/$$t.c \
	    $(AM_LDFLAGS) $(LDFLAGS) $(FUZZ_LDADD) || exit 1; \
	done
else
fuzz fuzz-targets:
	@echo "make fuzz: configure with --enable-fuzzing CC=clang first (or run bench/fuzz.sh)" >&2
	@exit 1
endif
.PHONY: fuzz fuzz-targets

# Saved crashes (tests/data/fuzz-crashes/TARGET/) and the whole corpus in
# every chunk plan go through the same entry point in every build, libFuzzer
# or not: see tests/integration/fuzz-replay.sh.
check_PROGRAMS += tests/fuzz/replay_parse
tests_fuzz_replay_parse_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_parse_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_parse.c
tests_fuzz_replay_parse_LDADD = $(FUZZ_LDADD)
TESTS += tests/integration/fuzz-replay.sh
EXTRA_DIST += tests/integration/fuzz-replay.sh

# The text layer's targets replay the render and extraction test pages.
check_PROGRAMS += tests/fuzz/replay_render tests/fuzz/replay_extract
tests_fuzz_replay_render_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_render_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_render.c
tests_fuzz_replay_render_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_extract_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_extract_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_extract.c
tests_fuzz_replay_extract_LDADD = $(FUZZ_LDADD)
TESTS += tests/integration/fuzz-replay-text.sh
EXTRA_DIST += tests/integration/fuzz-replay-text.sh

# The targets of the other untrusted inputs: download file names from feed
# text, OPML, the config language, filter expressions, the urls file and
# newsboat's config; seeds in tests/data/fuzz-seeds/TARGET, saved crashes
# in tests/data/fuzz-crashes/fuzz_TARGET.
check_PROGRAMS += tests/fuzz/replay_names tests/fuzz/replay_opml tests/fuzz/replay_config \
	tests/fuzz/replay_filter tests/fuzz/replay_urls tests/fuzz/replay_newsboat
tests_fuzz_replay_names_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_names_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_names.c
tests_fuzz_replay_names_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_opml_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_opml_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_opml.c
tests_fuzz_replay_opml_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_config_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_config_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_config.c
tests_fuzz_replay_config_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_filter_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_filter_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_filter.c
tests_fuzz_replay_filter_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_urls_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_urls_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_urls.c
tests_fuzz_replay_urls_LDADD = $(FUZZ_LDADD)
tests_fuzz_replay_newsboat_CPPFLAGS = $(TEST_CPPFLAGS)
tests_fuzz_replay_newsboat_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_newsboat.c
tests_fuzz_replay_newsboat_LDADD = $(FUZZ_LDADD)
TESTS += tests/integration/fuzz-replay-inputs.sh
EXTRA_DIST += tests/integration/fuzz-replay-inputs.sh
