# src/ui: the interface. Only src/ui/term.c calls ncurses; the rest (clipboard ...) builds bytes.
UI_LIB = src/ui/libui.a
noinst_LIBRARIES += src/ui/libui.a
src_ui_libui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSES_CFLAGS)
src_ui_libui_a_SOURCES = \
	src/ui/clipboard.c src/ui/clipboard.h
# the interface itself (issue 5): its life, the host actions run on, keys in,
# the screen (term.c is the only ncurses user) and its widgets
src_ui_libui_a_SOURCES += \
	src/ui/app.h src/ui/ui.h src/ui/ui.c src/ui/host.c src/ui/settings.c src/ui/keys_in.c \
	src/ui/term.c src/ui/term.h src/ui/put_clean.c \
	src/ui/list.c src/ui/list.h src/ui/rows.c src/ui/rows.h \
	src/ui/headline_pages.c src/ui/headline_pages.h \
	src/ui/status.c src/ui/status.h src/ui/prompt.c src/ui/prompt.h
# what runs in the event loop beside the keys, and programs outside tidings
src_ui_libui_a_SOURCES += \
	src/ui/refreshing.c src/ui/subscribe.c src/ui/index_idle.c src/ui/downloading.c \
	src/ui/programs.c src/ui/children.c
# the views
src_ui_libui_a_SOURCES += \
	src/ui/view_feeds.c src/ui/view_headlines.c src/ui/view_lists.c src/ui/view_help.c \
	src/ui/view_article.c src/ui/article.h src/ui/article_body.c src/ui/article_fetch.c \
	src/ui/view_downloads.c src/ui/download_row.c src/ui/download_row.h \
	src/ui/sizefmt.c src/ui/sizefmt.h
# scripting (issue 6): per-feed bindings, Tab and the kept history on the `:` line
src_ui_libui_a_SOURCES += \
	src/ui/feed_keys.c src/ui/cmdline.c src/ui/prompt_history.c
# dates in the locale's form (issue 7)
src_ui_libui_a_SOURCES += src/ui/datefmt.c src/ui/datefmt.h
