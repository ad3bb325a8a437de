# src/parse: feeds (RSS, Atom, JSON Feed) from bytes, chunk by chunk.
noinst_LIBRARIES += src/parse/libparse.a
src_parse_libparse_a_CPPFLAGS = $(AM_CPPFLAGS) $(XML_CFLAGS) $(JSONC_CFLAGS)
src_parse_libparse_a_SOURCES = \
	src/parse/parse.c src/parse/parse.h
