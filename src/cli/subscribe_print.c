/* subscribe_print.c: the subscription service run on the command line, with what it found said as `tidings add` says it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "cli/output.h"
#include "cli/subscribe_print.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

struct said {
	int rc;
	int64_t feed_id;
};

static void
say_found(const struct subscribe_result *r)
{
	printf(r->found == SUBSCRIBE_LINKED ? _("%s: the page links to the feed %s")
					    : _("%s: found the feed %s"),
	       r->url, r->feed_url);
	if (r->title) {
		fputs(" (", stdout);
		cli_put_clean(stdout, r->title);
		putchar(')');
	}
	putchar('\n');
}

static void
done(void *ctx, const struct subscribe_result *r)
{
	struct said *s = ctx;
	s->feed_id = r->feed_id;
	switch (r->status) {
	case SUBSCRIBE_FAILED:
		s->rc = cli_fail("%s", r->error ? r->error : "?");
		return;
	case SUBSCRIBE_ALREADY:
		fprintf(stderr, _("tidings: %s is already subscribed\n"), r->feed_url);
		return;
	case SUBSCRIBED:
		break;
	}
	if (r->found == SUBSCRIBE_LINKED || r->found == SUBSCRIBE_GUESSED)
		say_found(r);
	else if (r->found == SUBSCRIBE_UNCHECKED)
		fprintf(stderr, _("tidings: cannot check %s now (%s); subscribing to it as given\n"), r->url,
			r->note ? r->note : "?");
}

int
cli_subscribe(const struct options *o, struct store *s, const char *urls_path, int argc,
	      char **argv, bool commands, int64_t *feed_id)
{
	/* "~Title" among the tags names the feed, as in the urls file */
	struct subscribe_request rq = { .urls_path = urls_path, .url = argv[0], .commands = commands };
	const char **tags = xcalloc((size_t)argc, sizeof *tags);
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] == '~')
			rq.title = argv[i] + 1;
		else if (!str_blank(argv[i]))
			tags[rq.n_tags++] = argv[i];
	}
	rq.tags = tags;
	struct said said = { EXIT_OK, 0 };
	subscribe_run(o, s, &rq, done, &said);
	fflush(stdout);
	free(tags);
	if (feed_id)
		*feed_id = said.feed_id;
	return said.rc;
}
