/* test_datefmt.c: dates in the locale's form: the year taken out of a date format, seconds out of a time format, ISO in the C locale. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "tap.h"
#include "ui/datefmt.h"

static void
drop_year(const char *fmt, const char *want)
{
	char out[64];
	datefmt_drop_year(fmt, out, sizeof out);
	is_str(out, want, "without the year: '%s' -> '%s'", fmt, want);
}

static void
drop_seconds(const char *fmt, const char *want)
{
	char out[64];
	datefmt_drop_seconds(fmt, out, sizeof out);
	is_str(out, want, "without seconds: '%s' -> '%s'", fmt, want);
}

int
main(void)
{
	/* the empty format first, then the D_FMT of a few locales */
	drop_year("", "");
	drop_year("%d.%m.%Y", "%d.%m");        /* de_DE */
	drop_year("%d/%m/%Y", "%d/%m");        /* fr_FR, en_GB */
	drop_year("%m/%d/%Y", "%m/%d");        /* en_US */
	drop_year("%Y-%m-%d", "%m-%d");        /* sv_SE, ISO */
	drop_year("%Y年%m月%d日", "%m月%d日"); /* ja_JP */
	drop_year("%d.%m.%y", "%d.%m");        /* two-digit year */
	drop_year("%Ey", "");
	drop_year("%%Y %d", "%%Y %d");         /* a literal %Y stays */
	char small[4];
	datefmt_drop_year("%d.%m.%Y", small, sizeof small);
	ok(strlen(small) < sizeof small, "a small buffer is never overrun ('%s')", small);

	drop_seconds("", "");
	drop_seconds("%T", "%H:%M");           /* de_DE, fr_FR */
	drop_seconds("%r", "%I:%M %p");        /* en_US */
	drop_seconds("%H:%M:%S", "%H:%M");
	drop_seconds("%H.%M.%S", "%H.%M");
	drop_seconds("%I:%M:%S %p", "%I:%M %p");

	setlocale(LC_ALL, "C");
	char buf[64];
	is_str(datefmt_format(DATE_DAY, buf, sizeof buf), "%Y-%m-%d", "the C locale writes ISO dates");
	is_str(datefmt_format(DATE_MONTH_DAY, buf, sizeof buf), "%m-%d", "and month-day when narrow");
	is_str(datefmt_format(DATE_DAY_TIME, buf, sizeof buf), "%Y-%m-%d %H:%M", "and the time after the date");
	setenv("TZ", "UTC", 1);
	char out[64];
	is_str(datefmt(1736157600, DATE_DAY, out, sizeof out), "2025-01-06", "a date in the C locale");
	is_str(datefmt(1736157600, DATE_DAY_TIME, out, sizeof out), "2025-01-06 10:00", "with its time");
	is_str(datefmt(DATE_NONE, DATE_DAY, out, sizeof out), "", "no date is an empty string");
	is_int(datefmt_width(DATE_DAY), 10, "ISO dates take 10 columns");
	is_int(datefmt_width(DATE_MONTH_DAY), 5, "without the year 5");
	return tap_done();
}
