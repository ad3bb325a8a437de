/* sizefmt.c: byte counts for the downloads list and the enclosures in L. */
#include "config.h"

#include <stdio.h>

#include "ui/sizefmt.h"
#include "util/i18n.h"

char *
sizefmt(int64_t bytes, char *out, size_t n)
{
	/* TRANSLATORS: sizes in powers of 1000; the unit may be translated (Mo, ...) */
	static const char *const units[] = { N_("%.1f kB"), N_("%.1f MB"), N_("%.1f GB"), N_("%.1f TB") };
	if (bytes < 1000) {
		snprintf(out, n, _("%lld B"), (long long)(bytes > 0 ? bytes : 0));
		return out;
	}
	double v = (double)bytes / 1000.0;
	size_t u = 0;
	while (v >= 999.95 && u + 1 < sizeof units / sizeof units[0]) {
		v /= 1000.0;
		u++;
	}
	snprintf(out, n, _(units[u]), v);
	return out;
}
