/* newsboat_conf.h: newsboat's config lines turned into tidings' (tidings import --newsboat). */
#ifndef TIDINGS_NEWSBOAT_CONF_H
#define TIDINGS_NEWSBOAT_CONF_H

#include <stdbool.h>

#include "util/buf.h"

/*
 * What carries over: browser, reload-time, max-items, keep-articles-days,
 * user-agent, download-timeout, reload-threads, auto-reload (as
 * refresh-minutes), proxy/use-proxy/proxy-type (as one proxy URL),
 * podboat's download-path and download-filename-format (placeholders in
 * the path move into the format), max-downloads, player,
 * podcast-auto-enqueue,
 * bind-key and unbind-key (operations and dialogs that have an
 * equivalent), macro (bound to ",KEY" as newsboat's macro prefix does),
 * color (elements mapped to tidings' elements), ignore-article and
 * define-filter (as a query feed). Everything else is reported.
 */
struct nb_conf {
	struct buf out;        /* the tidings lines, one per line */
	int reload_time;       /* newsboat's (60 unless set) */
	bool auto_reload;
	bool use_proxy;
	char *proxy, *proxy_type;
	char *download_path, *download_format;
};

void nb_conf_init(struct nb_conf *c);
void nb_conf_clear(struct nb_conf *c);
/* One line of newsboat's config. 0: carried over (or a blank line or a
 * comment); -1: not carried over, *why (caller frees) says why. */
int nb_conf_line(struct nb_conf *c, const char *line, char **why);
/* The lines that come from several of newsboat's (auto-reload with
 * reload-time, the proxy), after the last line. */
void nb_conf_finish(struct nb_conf *c);

/* newsboat's operation name as a tidings action, or NULL. */
const char *nb_action(const char *op);
/* newsboat's dialog name as a tidings context, or NULL. */
const char *nb_context(const char *dialog);

#endif
