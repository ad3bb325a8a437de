/* test_net.c: the poller on its own (no parser, no store): sinks, exec: sources, bad sources, cancelling. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "net/loop.h"
#include "net/net.h"
#include "tap.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct got {
	struct buf body;
	int begins, dones;
	enum net_status status;
	char *error;
};

static int
on_begin(void *ctx, const struct net_head *h)
{
	struct got *g = ctx;
	(void)h;
	g->begins++;
	return 0;
}

static int
on_body(void *ctx, const char *data, size_t n)
{
	struct got *g = ctx;
	buf_append(&g->body, data, n);
	return 0;
}

static void
on_done(void *ctx, const struct net_result *r)
{
	struct got *g = ctx;
	g->dones++;
	g->status = r->status;
	free(g->error);
	g->error = xstrdup_or_null(r->error);
}

static void
got_free(struct got *g)
{
	buf_free(&g->body);
	free(g->error);
}

static void
fetch(struct poller *p, const char *source, struct got *g)
{
	struct net_request req = { .source = source };
	struct net_sink sink = { g, on_begin, on_body, on_done };
	got_free(g); /* a struct is used again for the next source */
	memset(g, 0, sizeof *g);
	poller_add(p, &req, &sink);
}

int
main(void)
{
	struct net_config cfg;
	net_config_defaults(&cfg);
	cfg.total_timeout = 1;
	cfg.max_body = 4096;
	struct poller *p = poller_new(&cfg);
	struct loop *l = loop_new(p);
	struct got a = { 0 }, b = { 0 }, c = { 0 }, d = { 0 }, e = { 0 };

	fetch(p, "gopher://example.org/", &a);
	is_int(a.dones, 1, "a source we do not fetch is done at once");
	is_int(a.status, NET_FAILED, "as a failure");
	is_str(a.error, "not an http or https URL: gopher://example.org/", "that says why");
	fetch(p, "filter:no-colon-here", &b);
	is_str(b.error, "a filter source is filter:COMMAND:URL", "a filter: without a URL is refused");

	fetch(p, "exec:printf '<rss>%s</rss>' 'a b'", &a);
	fetch(p, "exec:sh -c 'yes 0123456789'", &b);
	fetch(p, "exec:sleep 5", &c);
	fetch(p, "exec:sh -c 'exit 0'", &d);
	is_int(poller_running(p), 4, "four commands run at once");
	loop_run(l);
	is_int(poller_running(p), 0, "the loop ends when they are done");
	is_str(buf_str(&a.body), "<rss>a b</rss>", "exec: output reaches the sink, argv kept whole");
	ok(a.begins == 1 && a.dones == 1 && a.status == NET_OK, "begin once, done once, OK");
	is_int(b.status, NET_FAILED, "an endless command is stopped");
	is_str(b.error, "too large: more than 4096 bytes (max-body-size)", "at max-body-size");
	ok(b.body.len <= 4096, "and no more than that reached the sink (%zu)", b.body.len);
	is_str(c.error, "sleep timed out after 1 s (total-timeout)", "a slow command is killed");
	ok(d.status == NET_OK && d.begins == 1 && d.body.len == 0, "an empty output still begins (the reader says 'empty')");

	fetch(p, "exec:sleep 5", &e);
	poller_free(&p);
	is_int(e.dones, 1, "poller_free ends what runs through done");
	is_int(e.status, NET_CANCELLED, "as cancelled");
	loop_free(&l);
	got_free(&a); got_free(&b); got_free(&c); got_free(&d); got_free(&e);
	return tap_done();
}
