/* tidings_items.c: `tidings items [--feed URL] [--unread] [--flagged] [--search Q] [--limit N] [--json]`. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/config_load.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "cmd/item_json.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/json_out.h"
#include "util/str.h"

/* Rows are fetched a page at a time and written as they come, so that
 * listing every item of a large cache holds one page in memory. */
#define PAGE 2000

struct items_opts {
	const char *feed;
	struct store_query q;
	int64_t limit; /* 0: all */
	bool json;
};

/* "ID  N!  2024-01-02  Feed: Title" (N unread, ! flagged). */
static void
text_row(const struct store_row *r)
{
	char date[DATE_ISO_LEN] = "";
	const char *shown = date;
	if (r->date == DATE_NONE || date_format_iso(r->date, date) != 0)
		/* TRANSLATORS: in the date column of `tidings items`: 10 columns */
		shown = _("(no date)");
	else
		date[10] = '\0';
	printf("%6lld %c%c %-10s  ", (long long)r->id, r->read ? ' ' : 'N', r->flagged ? '!' : ' ', shown);
	if (r->feed_title) {
		cli_put_clean(stdout, r->feed_title);
		fputs(": ", stdout);
	}
	cli_put_clean(stdout, r->title ? r->title : r->link ? r->link : _("(untitled)"));
	fputc('\n', stdout);
}

/* Page through the query, printing rows; a store status. */
static int
list(struct store *s, struct items_opts *o, struct json_out *j)
{
	int64_t left = o->limit;
	int status = STORE_OK;
	for (;;) {
		struct store_rows rows;
		o->q.limit = left > 0 && left < PAGE ? (size_t)left : PAGE;
		status = store_items(s, &o->q, &rows);
		if (status != STORE_OK)
			return status;
		for (size_t i = 0; i < rows.n; i++) {
			if (o->json)
				item_json_row(j, s, &rows.v[i], false);
			else
				text_row(&rows.v[i]);
		}
		if (o->json)
			json_out_flush(j);
		left -= (int64_t)rows.n;
		o->q.after = rows.next;
		bool more = rows.more && (o->limit == 0 || left > 0);
		store_rows_clear(&rows);
		if (!more)
			return STORE_OK;
	}
}

static int
run(const struct cli_env *env, struct items_opts *o)
{
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct store_feed f;
	char *query = NULL; /* --feed query:NAME: a query feed's expression */
	if (o->feed && str_starts_with(o->feed, "query:")) {
		rc = cli_query_filter(env, o->feed, &query);
		o->q.filter = query;
		if (rc != EXIT_OK) {
			store_close(&s);
			return rc;
		}
	} else if (o->feed && store_feed_get(s, o->feed, &f) == STORE_OK) {
		o->q.feed_id = f.id;
		store_feed_clear(&f);
	} else if (o->feed) {
		store_close(&s);
		return cli_fail(_("no feed %s in the cache"), o->feed);
	}
	struct json_out j;
	json_out_init(&j, o->json ? stdout : NULL);
	json_arr_begin(&j);
	int status = list(s, o, &j);
	json_arr_end(&j);
	if (status == STORE_OK && o->json) {
		json_out_finish(&j);
		putchar('\n');
	} else {
		buf_reset(&j.out);
		json_out_finish(&j);
	}
	if (status == STORE_BAD_QUERY)
		rc = cli_usage_error("%s", store_error(s));
	else if (status != STORE_OK)
		rc = cli_fail(_("cannot read the items: %s"), store_error(s));
	else
		rc = cli_flush_stdout();
	store_close(&s);
	free(query);
	return rc;
}

int
cli_items(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "feed", required_argument, NULL, 'f' },
		{ "unread", no_argument, NULL, 'u' },
		{ "flagged", no_argument, NULL, 'F' },
		{ "search", required_argument, NULL, 's' },
		{ "limit", required_argument, NULL, 'l' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	struct items_opts o = { 0 };
	char *end;
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': o.feed = optarg; break;
		case 'u': o.q.unread = true; break;
		case 'F': o.q.flagged = true; break;
		case 's': o.q.search = optarg; break;
		case 'j': o.json = true; break;
		case 'l':
			errno = 0;
			o.limit = strtoll(optarg, &end, 10);
			if (errno || *end || end == optarg || o.limit <= 0)
				return cli_usage_error(_("--limit needs a positive number"));
			break;
		default:
			return cli_usage_error(_("usage: tidings items [--feed URL] [--unread] [--flagged]"
						 " [--search WORDS] [--limit N] [--json]"));
		}
	}
	if (optind != argc)
		return cli_usage_error(_("unexpected argument '%s'"), argv[optind]);
	return run(env, &o);
}
