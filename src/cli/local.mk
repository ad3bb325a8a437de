# src/cli and main: the tidings binary. Every file of src/cli is listed here
# and nowhere else: first the commands the user types, then their helpers.
src_tidings_SOURCES = src/main.c
# the commands: `tidings COMMAND`, `tidings -x`, `tidings` alone
src_tidings_SOURCES += \
	src/cli/add.c \
	src/cli/complete.c \
	src/cli/config_cmd.c \
	src/cli/export.c \
	src/cli/extract.c \
	src/cli/feeds.c \
	src/cli/import.c \
	src/cli/import_feed.c \
	src/cli/import_newsboat.c \
	src/cli/items.c \
	src/cli/mark.c \
	src/cli/parse.c \
	src/cli/refresh.c \
	src/cli/remove.c \
	src/cli/render.c \
	src/cli/share.c \
	src/cli/show.c \
	src/cli/tui.c \
	src/cli/x.c
# the helpers: the command table, and what several commands share
src_tidings_SOURCES += \
	src/cli/cli.h src/cli/commands.c \
	src/cli/config_load.c src/cli/config_load.h \
	src/cli/item_id.c src/cli/item_id.h \
	src/cli/open_store.c src/cli/open_store.h \
	src/cli/output.c src/cli/output.h \
	src/cli/paths.c src/cli/paths.h \
	src/cli/print_feeds.c src/cli/print_feeds.h \
	src/cli/read_input.c src/cli/read_input.h \
	src/cli/refresh_run.c src/cli/refresh_run.h \
	src/cli/session.c src/cli/session.h \
	src/cli/subscribe_print.c src/cli/subscribe_print.h \
	src/cli/urls_file.c src/cli/urls_file.h \
	src/cli/width.c src/cli/width.h
TIDINGS_LIBS = $(NCURSES_LIBS) $(SQLITE_LIBS) $(XML_LIBS) $(JSONC_LIBS) $(LIBINTL) $(DL_LIBS) $(PTHREAD_LIBS) -lm
src_tidings_LDADD = $(TIDINGS_LAYERS) $(TIDINGS_LIBS)
