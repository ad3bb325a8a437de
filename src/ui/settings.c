/* settings.c: the settings as the interface reads them: one by name, and the terminal's (colors, mouse, OSC 8). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/app.h"
#include "ui/term.h"

long long
ui_opt(const struct ui *ui, const char *name, long long def)
{
	const struct opt_def *d = options_find(name);
	return d ? options_num(ui->opts, (enum opt_id)(d - opt_table)) : def;
}

void
ui_term_config(const struct ui *ui, struct term_config *tc)
{
	memset(tc, 0, sizeof *tc); /* compared with memcmp: no stray padding */
	const char *nc = getenv("NO_COLOR");
	tc->color = !(nc && *nc) && ui_opt(ui, "color", 1) != 0;
	tc->mouse = ui_opt(ui, "mouse", 1) != 0;
	tc->hyperlinks = ui_opt(ui, "hyperlinks", 0) != 0;
	for (int e = 0; e < COLOR_ELEMENTS; e++) /* `color` lines over the defaults */
		colors_lookup(ui->opts, color_element_name(e), &tc->palette[e]);
}
