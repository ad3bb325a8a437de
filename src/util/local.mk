# src/util: buffers, allocation, UTF-8, URLs, dates, JSON output.
noinst_LIBRARIES += src/util/libutil.a
src_util_libutil_a_SOURCES = \
	src/util/buf.c src/util/buf.h \
	src/util/date.c src/util/date.h \
	src/util/format.c src/util/format.h \
	src/util/entities.c src/util/entities.h src/util/entities_table.c \
	src/util/i18n.h \
	src/util/json_out.c src/util/json_out.h \
	src/util/lockfile.c src/util/lockfile.h \
	src/util/spawn.c src/util/spawn.h \
	src/util/str.c src/util/str.h \
	src/util/url.c src/util/url.h \
	src/util/utf8.c src/util/utf8.h \
	src/util/width.c src/util/width.h src/util/width_table.h \
	src/util/xalloc.c src/util/xalloc.h
EXTRA_DIST += src/util/gen_width.py
EXTRA_DIST += src/util/gen-entities.py
src_util_libutil_a_SOURCES += src/util/xdg.c src/util/xdg.h
src_util_libutil_a_SOURCES += src/util/open.c src/util/open.h
src_util_libutil_a_SOURCES += src/util/spawn_env.c src/util/spawn_env.h
src_util_libutil_a_SOURCES += src/util/thread.c src/util/thread.h
