# src/refresh: the refresh pipeline (fetch -> parse -> write), the refresh job
# every caller runs, what the configuration adds to it (per-feed settings,
# ignore rules, full articles), feed discovery. refresh.h is its one public
# header; above net, parse, store, text and cmd.
REFRESH_LIB = src/refresh/librefresh.a
noinst_LIBRARIES += src/refresh/librefresh.a
src_refresh_librefresh_a_SOURCES = \
	src/refresh/refresh.h \
	src/refresh/job.c src/refresh/report.c src/refresh/subscribe.c \
	src/refresh/update.c src/refresh/update.h src/refresh/update_int.h \
	src/refresh/update_parse.c src/refresh/update_write.c \
	src/refresh/feed_hooks.c src/refresh/feed_hooks.h \
	src/refresh/article_fetch.c \
	src/refresh/discover.c src/refresh/discover.h
