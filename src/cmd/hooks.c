/* hooks.c: run-on-new with the new items as JSON, and OSC 9 / OSC 777 notifications for terminals known to show them. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd/hooks.h"
#include "cmd/item_json.h"
#include "store/new_items.h"
#include "text/sanitize.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/json_out.h"
#include "util/spawn.h"
#include "util/spawn_env.h"
#include "util/str.h"
#include "util/xalloc.h"

int
hooks_new_items_json(struct store *s, int64_t after_id, struct buf *out, size_t *count)
{
	struct store_rows rows;
	*count = 0;
	int rc = store_new_items(s, 0, after_id, HOOK_MAX_ITEMS, &rows);
	if (rc != STORE_OK)
		return rc;
	struct json_out j;
	json_out_init(&j, NULL);
	json_obj_begin(&j);
	json_kv_int(&j, "count", (long long)rows.n);
	json_kv_bool(&j, "more", rows.more);
	json_key(&j, "items");
	json_arr_begin(&j);
	for (size_t i = 0; i < rows.n; i++) {
		item_json_row(&j, s, &rows.v[i], true);
	}
	json_arr_end(&j);
	json_obj_end(&j);
	buf_append(out, j.out.data ? j.out.data : "", j.out.len);
	buf_putc(out, '\n');
	json_out_finish(&j);
	*count = rows.n;
	store_rows_clear(&rows);
	return STORE_OK;
}

/* The document in an unlinked temporary file, read from the start. */
static int
document_fd(const struct buf *doc)
{
	FILE *f = tmpfile();
	if (!f)
		return -1;
	fwrite(buf_str(doc), 1, doc->len, f);
	fflush(f);
	int fd = ferror(f) ? -1 : dup(fileno(f));
	fclose(f);
	if (fd >= 0)
		lseek(fd, 0, SEEK_SET);
	return fd;
}

int
hooks_run_on_new(const struct options *o, struct store *s, int64_t after_id, bool wait,
		 bool quiet, pid_t *pid, char **err)
{
	*pid = -1;
	if (!o->run_on_new)
		return 0;
	struct buf doc = BUF_INIT;
	size_t n = 0;
	if (hooks_new_items_json(s, after_id, &doc, &n) != STORE_OK) {
		*err = xasprintf(_("run-on-new: cannot read the new items: %s"), store_error(s));
		buf_free(&doc);
		return -1;
	}
	if (n == 0) {
		buf_free(&doc);
		return 0;
	}
	int in = document_fd(&doc);
	buf_free(&doc);
	char count[32];
	snprintf(count, sizeof count, "%zu", n);
	const char *names[] = { "TIDINGS_NEW" }, *values[] = { count };
	char **envp = spawn_env_with(names, values, 1);
	int outfd = wait && !quiet ? SPAWN_IO_KEEP : SPAWN_IO_NULL;
	struct spawn_io io = { in >= 0 ? in : SPAWN_IO_NULL, outfd, outfd };
	int rc = in < 0 ? errno : spawn_start_io(o->run_on_new, envp, &io, !wait, pid);
	spawn_argv_free(&envp);
	if (in >= 0)
		close(in);
	if (rc != 0) {
		*err = xasprintf(_("run-on-new: cannot run %s: %s"), o->run_on_new[0], strerror(rc));
		*pid = -1;
		return -1;
	}
	if (!wait)
		return 0;
	int status = spawn_wait_pid(*pid);
	*pid = -1;
	if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	*err = status >= 0 && WIFEXITED(status)
		? xasprintf(_("run-on-new: %s exited with status %d"), o->run_on_new[0], WEXITSTATUS(status))
		: xasprintf(_("run-on-new: %s did not finish"), o->run_on_new[0]);
	return -1;
}

/* Terminals known to show OSC 9 or OSC 777 notifications. Inside tmux or
 * screen nothing is sent by auto: they swallow it unless told otherwise. */
static const char *
detect(const char *(*env)(const char *))
{
	const char *tp = env("TERM_PROGRAM"), *term = env("TERM");
	if (env("TMUX") || env("STY") || (term && str_starts_with(term, "screen")) ||
	    (term && str_starts_with(term, "tmux")))
		return "no";
	if (tp && (strcmp(tp, "iTerm.app") == 0 || strcmp(tp, "WezTerm") == 0 ||
		   strcmp(tp, "ghostty") == 0))
		return "osc9";
	if (env("KITTY_WINDOW_ID") || (term && strcmp(term, "xterm-kitty") == 0) ||
	    (term && strcmp(term, "xterm-ghostty") == 0))
		return "osc9";
	if (term && (strcmp(term, "foot") == 0 || str_starts_with(term, "foot-")))
		return "osc777";
	return "no";
}

/* Text that may go inside an OSC string: no controls, no ';' for 777's
 * fields, at most 200 bytes. */
static void
put_field(struct buf *out, const char *s, bool semicolons)
{
	struct buf clean = BUF_INIT;
	text_sanitize_buf(&clean, s ? s : "", s ? strlen(s) : 0, 0);
	size_t n = 0;
	for (const char *p = buf_str(&clean); *p && n < 200; p++, n++)
		buf_putc(out, !semicolons && *p == ';' ? ',' : *p);
	buf_free(&clean);
}

bool
hooks_notify_seq(const struct options *o, const char *(*env)(const char *), const char *title,
		 const char *body, struct buf *out)
{
	const char *how = options_str(o, OPT_NOTIFY);
	if (!how || strcmp(how, "auto") == 0)
		how = detect(env);
	if (strcmp(how, "osc9") == 0) {
		buf_puts(out, "\033]9;");
		put_field(out, title, true);
		buf_puts(out, ": ");
		put_field(out, body, true);
	} else if (strcmp(how, "osc777") == 0) {
		buf_puts(out, "\033]777;notify;");
		put_field(out, title, false);
		buf_putc(out, ';');
		put_field(out, body, false);
	} else {
		return false;
	}
	buf_putc(out, '\a'); /* BEL ends OSC 9/777 in every terminal that reads them */
	return true;
}
