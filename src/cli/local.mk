# src/cli and main: the tidings binary. Each layer's local.mk adds the
# subcommand files it owns to src_tidings_SOURCES and sets its *_LIB.
src_tidings_SOURCES = \
	src/main.c \
	src/cli/cli.h src/cli/commands.c \
	src/cli/json_item.c src/cli/json_item.h \
	src/cli/parse.c \
	src/cli/width.c src/cli/width.h
# shell completion's words (issue 7)
src_tidings_SOURCES += src/cli/complete.c
TIDINGS_LIBS = $(NCURSES_LIBS) $(SQLITE_LIBS) $(XML_LIBS) $(JSONC_LIBS) $(LIBINTL) $(DL_LIBS) $(PTHREAD_LIBS) -lm
src_tidings_LDADD = $(TIDINGS_LAYERS) $(TIDINGS_LIBS)
