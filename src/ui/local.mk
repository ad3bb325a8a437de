# src/ui: the interface. Only src/ui/term.c calls ncurses; the rest (clipboard ...) builds bytes.
UI_LIB = src/ui/libui.a
noinst_LIBRARIES += src/ui/libui.a
src_ui_libui_a_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSES_CFLAGS)
src_ui_libui_a_SOURCES = \
	src/ui/clipboard.c src/ui/clipboard.h
