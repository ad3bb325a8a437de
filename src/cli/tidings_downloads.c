/* tidings_downloads.c: `tidings downloads [--json]`: the download queue, each file with its state and progress. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/open_store.h"
#include "cli/output.h"
#include "store/downloads.h"
#include "util/i18n.h"
#include "util/json_out.h"

static void
print_json(const struct store_downloads *l)
{
	struct json_out j;
	json_out_init(&j, stdout);
	json_arr_begin(&j);
	for (size_t i = 0; i < l->n; i++) {
		const struct store_download *d = &l->v[i];
		json_obj_begin(&j);
		json_kv_int(&j, "id", d->id);
		json_key(&j, "item");
		if (d->item_id)
			json_int(&j, d->item_id);
		else
			json_null(&j);
		json_kv_str(&j, "url", d->url);
		json_kv_str(&j, "path", d->path);
		json_kv_str(&j, "state", download_state_name(d->state));
		json_kv_int(&j, "bytes", d->bytes);
		json_key(&j, "total");
		if (d->total >= 0)
			json_int(&j, d->total);
		else
			json_null(&j);
		json_kv_str(&j, "error", d->error);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_out_finish(&j);
	putchar('\n');
}

/* "  3  downloading   45%  12.0 MB  PATH" a line each */
static void
print_text(const struct store_downloads *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct store_download *d = &l->v[i];
		printf("%4lld  %-11s ", (long long)d->id, download_state_name(d->state));
		if (d->total > 0)
			printf("%3d%% ", (int)(d->bytes * 100 / d->total));
		else
			fputs("   - ", stdout);
		printf(" %7.1f MB  ", (double)d->bytes / 1e6);
		cli_put_clean(stdout, d->path ? d->path : d->url);
		if (d->error) {
			fputs(_("  (error: "), stdout);
			cli_put_clean(stdout, d->error);
			fputc(')', stdout);
		}
		putchar('\n');
	}
}

int
cli_downloads(const struct cli_env *env, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
		if (c != 'j')
			return cli_usage_error(_("usage: tidings downloads [--json]"));
		json = true;
	}
	if (optind != argc)
		return cli_usage_error(_("usage: tidings downloads [--json]"));
	struct store *s;
	int rc = cli_open_store(env, &s);
	if (rc != EXIT_OK)
		return rc;
	struct store_downloads l;
	if (store_download_list(s, -1, &l) != STORE_OK) {
		rc = cli_fail(_("cannot read the downloads: %s"), store_error(s));
	} else {
		if (json)
			print_json(&l);
		else
			print_text(&l);
		store_downloads_clear(&l);
		rc = cli_flush_stdout();
	}
	store_close(&s);
	return rc;
}
