# src/cli and main: the tidings binary. Every file of src/cli is listed here
# and nowhere else: first the commands the user types, then their helpers.
src_tidings_SOURCES = src/main.c
# the commands, a file each: tidings_NAME.c runs `tidings NAME` (`-x`: tidings_x.c,
# no command: tidings_tui.c, read/unread/flag/unflag: tidings_mark.c)
src_tidings_SOURCES += \
	src/cli/tidings_add.c \
	src/cli/tidings_check_config.c \
	src/cli/tidings_complete.c \
	src/cli/tidings_download.c \
	src/cli/tidings_downloads.c \
	src/cli/tidings_dump_config.c \
	src/cli/tidings_enqueue.c \
	src/cli/tidings_export.c \
	src/cli/tidings_extract.c \
	src/cli/tidings_feeds.c \
	src/cli/tidings_import.c \
	src/cli/tidings_import_feed.c \
	src/cli/tidings_import_newsboat.c \
	src/cli/tidings_items.c \
	src/cli/tidings_mark.c \
	src/cli/tidings_parse.c \
	src/cli/tidings_refresh.c \
	src/cli/tidings_remove.c \
	src/cli/tidings_render.c \
	src/cli/tidings_share.c \
	src/cli/tidings_show.c \
	src/cli/tidings_tui.c \
	src/cli/tidings_x.c
# the helpers: the command table, and what several commands share
src_tidings_SOURCES += \
	src/cli/cli.h src/cli/commands.c \
	src/cli/config_load.c src/cli/config_load.h \
	src/cli/item_id.c src/cli/item_id.h \
	src/cli/newsboat_queue.c src/cli/newsboat_queue.h \
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
