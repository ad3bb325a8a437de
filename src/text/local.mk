# src/text: HTML -> lines of styled spans (render), main-article extraction
# (readable), and sanitizing untrusted text for the terminal.
TEXT_LIB = src/text/libtext.a
noinst_LIBRARIES += src/text/libtext.a
src_text_libtext_a_CPPFLAGS = $(AM_CPPFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS)
src_text_libtext_a_SOURCES = \
	src/text/flow.c src/text/flow.h \
	src/text/flow_build.c src/text/flow_build.h \
	src/text/flow_links.c \
	src/text/html.c src/text/html.h \
	src/text/layout.c src/text/layout_int.h src/text/layout_table.c \
	src/text/readable.c src/text/readable.h src/text/readable_int.h \
	src/text/readable_boxes.c \
	src/text/readable_clean.c \
	src/text/readable_edges.c \
	src/text/readable_hints.c \
	src/text/readable_meta.c \
	src/text/readable_out.c src/text/readable_out.h \
	src/text/readable_prep.c \
	src/text/readable_score.c \
	src/text/readable_siblings.c \
	src/text/readable_stats.c \
	src/text/render.c src/text/render.h \
	src/text/sanitize.c src/text/sanitize.h
# the feeds a page announces (feed discovery)
src_text_libtext_a_SOURCES += src/text/feedlinks.c src/text/feedlinks.h
