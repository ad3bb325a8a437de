# src/store: the SQLite cache (schema, upserts, queries, search, retention) and the urls file.
noinst_LIBRARIES += src/store/libstore.a
STORE_LIB = src/store/libstore.a
src_store_libstore_a_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
src_store_libstore_a_SOURCES = \
	src/store/store.h src/store/internal.h \
	src/store/store.c \
	src/store/checkpoint.c \
	src/store/meta.c \
	src/store/schema.c \
	src/store/fts_text.c \
	src/store/fts_index.c \
	src/store/search.c \
	src/store/feeds.c \
	src/store/sync.c \
	src/store/upsert.c \
	src/store/prune.c \
	src/store/query.c \
	src/store/item.c \
	src/store/find_link.c \
	src/store/urls.c src/store/urls.h \
	src/store/downloads.c src/store/downloads.h
# scripting (issue 6): the filter language, undo, what a refresh brought
src_store_libstore_a_SOURCES += \
	src/store/filter.c src/store/filter.h src/store/filter_int.h src/store/filter_sql.c \
	src/store/new_items.c src/store/new_items.h \
	src/store/undo.c src/store/undo.h
src_store_libstore_a_SOURCES += src/store/import_states.c src/store/import_states.h
