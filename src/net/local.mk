# src/net: the poller (libcurl multi), HTTP limits and validators, exec:/filter: sources,
# and the event loop that waits through the poller.
# Only this directory includes curl.
NET_LIB = src/net/libnet.a
noinst_LIBRARIES += src/net/libnet.a
src_net_libnet_a_CPPFLAGS = $(AM_CPPFLAGS) $(CURL_CFLAGS)
src_net_libnet_a_SOURCES = \
	src/net/net.h src/net/xfer.h \
	src/net/curl_api.c src/net/curl_api.h \
	src/net/poller.c \
	src/net/http.c \
	src/net/exec.c \
	src/net/loop.c src/net/loop.h
# the blocking page fetch of `extract URL` (src/text owns it)
src_net_libnet_a_SOURCES += src/net/fetch_page.c src/net/fetch_page.h

