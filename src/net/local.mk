# src/net: the poller (libcurl multi), HTTP limits and validators, exec:/filter: sources.
# Only this directory includes curl.
NET_LIB = src/net/libnet.a
noinst_LIBRARIES += src/net/libnet.a
src_net_libnet_a_CPPFLAGS = $(AM_CPPFLAGS) $(CURL_CFLAGS)
src_net_libnet_a_SOURCES = \
	src/net/net.h src/net/xfer.h \
	src/net/curl_api.c src/net/curl_api.h \
	src/net/poller.c \
	src/net/http.c \
	src/net/exec.c
# the blocking page fetch of `extract URL` (src/text owns it)
src_net_libnet_a_SOURCES += src/net/fetch_page.c src/net/fetch_page.h

# src/loop.c and src/update.c: the event loop and the fetch -> parse -> store
# glue sit above net, parse and store (APP_LIB, linked before them).
APP_LIB = src/libapp.a
noinst_LIBRARIES += src/libapp.a
src_libapp_a_SOURCES = \
	src/loop.c src/loop.h \
	src/update.c src/update.h src/update_int.h src/update_parse.c src/update_write.c
src_tidings_SOURCES += src/cli/refresh.c
# feed discovery for `add` and the interface (above net, parse and text)
src_libapp_a_SOURCES += src/discover.c src/discover.h src/discover_async.c
src_tidings_SOURCES += src/cli/add_discover.c src/cli/add_discover.h
