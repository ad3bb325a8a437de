/* children.c: programs left running on their own (a browser, exec -b, run-on-new): kept, and reaped once they have exited. */
#include "config.h"

#include <stdlib.h>

#include "ui/app.h"
#include "util/spawn.h"
#include "util/xalloc.h"

/* More at once than this are left to init when tidings exits. */
#define MAX_CHILDREN 8

struct children {
	struct spawn_child v[MAX_CHILDREN];
};

/* A slot is taken again once its program has exited: the ones that ended
 * are reaped when the next one comes. */
void
ui_keep_child(struct ui *ui, const struct spawn_child *ch)
{
	if (ch->pid <= 0)
		return;
	if (!ui->children)
		ui->children = xcalloc(1, sizeof *ui->children);
	struct spawn_child *v = ui->children->v;
	for (size_t i = 0; i < MAX_CHILDREN; i++) {
		int st;
		if (v[i].pid > 0 && spawn_reap(&v[i], &st))
			v[i].pid = -1;
		if (v[i].pid <= 0) {
			v[i] = *ch;
			return;
		}
	}
	/* every slot busy: leave it to init when we exit */
}

void
ui_adopt(struct ui *ui, int pid)
{
	struct spawn_child ch = { .pid = pid, .out = -1, .err = -1, .group = true };
	ui_keep_child(ui, &ch);
}

void
ui_children_free(struct ui *ui)
{
	FREE_AND_NULL(ui->children);
}
