# src/parse: feeds (RSS, Atom, JSON Feed) from bytes, chunk by chunk.
noinst_LIBRARIES += src/parse/libparse.a
src_parse_libparse_a_CPPFLAGS = $(AM_CPPFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS)
src_parse_libparse_a_SOURCES = \
	src/parse/base64.c src/parse/base64.h \
	src/parse/decode.c src/parse/decode.h \
	src/parse/fields.c src/parse/xmlfeed.h \
	src/parse/htmltext.c src/parse/htmltext.h \
	src/parse/jsonfeed.c src/parse/jsonfeed.h \
	src/parse/names.c src/parse/names.h \
	src/parse/parse.c src/parse/parse.h \
	src/parse/sax.c src/parse/sax.h \
	src/parse/xmlfix.c src/parse/xmlfix.h
src_parse_libparse_a_SOURCES += src/parse/opml.c src/parse/opml.h
