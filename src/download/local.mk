# src/download: enclosures to files: the queue in the cache run in the event
# loop (resumable, several at once), file names and places. download.h is
# its one public header; above the refresh (it shares its poller settings).
DOWNLOAD_LIB = src/download/libdownload.a
noinst_LIBRARIES += src/download/libdownload.a
src_download_libdownload_a_SOURCES = \
	src/download/download.h \
	src/download/engine.c \
	src/download/enqueue.c \
	src/download/name.c \
	src/download/place.c src/download/place.h \
	src/download/transfer.c src/download/transfer.h
