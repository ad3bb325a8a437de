/* date.c: a forgiving but never-guessing date reader for feed timestamps. */
#include "config.h"

#include <string.h>
#include <time.h>

#include "util/date.h"
#include "util/str.h"

int64_t
date_from_civil(int64_t y, int m, int d, int hh, int mm, int ss)
{
	/* days from 1970-01-01 (Howard Hinnant's civil-date arithmetic) */
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	int64_t days = era * 146097 + doe - 719468;
	return days * 86400 + hh * 3600 + mm * 60 + ss;
}

static int
days_in_month(int64_t y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* A broken-down date before it becomes a timestamp. */
struct fields {
	int64_t year;
	int mon, day, hour, min, sec;
	int tz; /* offset east of UTC, seconds */
};

static int
finish(const struct fields *f, int64_t *out)
{
	if (f->year < 1 || f->year > 9999 || f->mon < 1 || f->mon > 12 || f->day < 1 ||
	    f->day > days_in_month(f->year, f->mon) || f->hour > 24 || f->min > 59 ||
	    f->sec > 60 || (f->hour == 24 && (f->min || f->sec)))
		return -1;
	*out = date_from_civil(f->year, f->mon, f->day, f->hour, f->min, f->sec) - f->tz;
	return 0;
}

/* Read exactly n digits; -1 if they are not there. */
static int
digits(const char **s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char c = (*s)[i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*s += n;
	return v;
}

/* Read 1..max digits. */
static int
number(const char **s, int max, int *ndigits)
{
	int v = 0, n = 0;
	while (n < max && (*s)[n] >= '0' && (*s)[n] <= '9') {
		v = v * 10 + ((*s)[n] - '0');
		n++;
	}
	if (ndigits)
		*ndigits = n;
	if (n == 0)
		return -1;
	*s += n;
	return v;
}

static void
skip_space(const char **s)
{
	while (str_is_space((unsigned char)**s))
		(*s)++;
}

/* Zone names that feeds use, in hours and minutes east of UTC. */
static const struct zone { const char *name; int minutes; } zones[] = {
	{ "ACDT", 630 }, { "ACST", 570 }, { "ADT", -180 }, { "AEDT", 660 },
	{ "AEST", 600 }, { "AKDT", -480 }, { "AKST", -540 }, { "AST", -240 },
	{ "AT", -240 }, { "AWST", 480 }, { "BST", 60 }, { "CDT", -300 },
	{ "CEST", 120 }, { "CET", 60 }, { "CST", -360 }, { "CT", -360 },
	{ "EDT", -240 }, { "EEST", 180 }, { "EET", 120 }, { "EST", -300 },
	{ "ET", -300 }, { "GMT", 0 }, { "HKT", 480 }, { "HST", -600 },
	{ "JST", 540 }, { "KST", 540 }, { "MDT", -360 }, { "MEST", 120 },
	{ "MESZ", 120 }, { "MET", 60 }, { "MEZ", 60 }, { "MSK", 180 },
	{ "MST", -420 }, { "MT", -420 }, { "NDT", -150 }, { "NST", -210 },
	{ "NZDT", 780 }, { "NZST", 720 }, { "PDT", -420 }, { "PST", -480 },
	{ "PT", -480 }, { "SGT", 480 }, { "UT", 0 }, { "UTC", 0 },
	{ "WEST", 60 }, { "WET", 0 }, { "Z", 0 },
};

static int
zone_by_name(const char *s, size_t n, int *tz)
{
	char name[8];
	if (n == 0 || n >= sizeof name)
		return -1;
	for (size_t i = 0; i < n; i++)
		name[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	name[n] = '\0';
	/* RFC 822 military zones: A-I, K-M west... as RFC 822 printed them */
	if (n == 1 && name[0] != 'J' && name[0] != 'Z') {
		int c = name[0];
		int h = c <= 'I' ? c - 'A' + 1 : c <= 'M' ? c - 'A' : c <= 'Y' ? -(c - 'N' + 1) : 0;
		*tz = -h * 3600;
		return 0;
	}
	size_t lo = 0, hi = sizeof zones / sizeof zones[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, zones[mid].name);
		if (c == 0) {
			*tz = zones[mid].minutes * 60;
			return 0;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* A numeric offset: +hh, +hhmm, +hh:mm (also after "GMT"/"UTC"). */
static int
zone_offset(const char **s, int *tz)
{
	int sign = **s == '-' ? -1 : 1;
	const char *p = *s + 1;
	int hh, mm = 0, nd;
	hh = number(&p, 4, &nd);
	if (hh < 0)
		return -1;
	if (nd == 4) {
		mm = hh % 100;
		hh /= 100;
	} else if (nd == 3) {
		mm = hh % 100;
		hh /= 100;
	} else if (*p == ':') {
		p++;
		if ((mm = digits(&p, 2)) < 0)
			return -1;
	}
	if (hh > 14 || mm > 59)
		return -1;
	*tz = sign * (hh * 3600 + mm * 60);
	*s = p;
	return 0;
}

/* A zone at *s: a name, an offset, or a name followed by an offset. */
static int
zone(const char **s, int *tz)
{
	const char *p = *s;
	if (*p == '+' || *p == '-') {
		if (zone_offset(&p, tz) < 0)
			return -1;
		*s = p;
		return 0;
	}
	size_t n = 0;
	while ((p[n] >= 'A' && p[n] <= 'Z') || (p[n] >= 'a' && p[n] <= 'z'))
		n++;
	if (n == 0)
		return -1;
	if ((n == 3 && (str_starts_with_ci(p, "GMT") || str_starts_with_ci(p, "UTC"))) &&
	    (p[3] == '+' || p[3] == '-')) {
		p += 3;
		if (zone_offset(&p, tz) < 0)
			return -1;
		*s = p;
		return 0;
	}
	if (zone_by_name(p, n, tz) < 0)
		return -1;
	*s = p + n;
	return 0;
}

/* hh:mm[:ss][.frac] */
static int
clock_time(const char **s, struct fields *f)
{
	const char *p = *s;
	if ((f->hour = number(&p, 2, NULL)) < 0 || *p++ != ':' || (f->min = digits(&p, 2)) < 0)
		return -1;
	f->sec = 0;
	if (*p == ':') {
		p++;
		if ((f->sec = digits(&p, 2)) < 0)
			return -1;
	}
	if ((*p == '.' || *p == ',') && p[1] >= '0' && p[1] <= '9') {
		p++;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	*s = p;
	return 0;
}

static bool
at_end(const char *s)
{
	skip_space(&s);
	return *s == '\0';
}

/* RFC 3339 / ISO 8601: YYYY[-MM[-DD]][(T| )hh:mm[:ss[.f]][zone]], also YYYYMMDD. */
static int
parse_iso(const char *s, int64_t *out)
{
	struct fields f = { 0, 1, 1, 0, 0, 0, 0 };
	const char *p = s;
	if ((f.year = digits(&p, 4)) < 0)
		return -1;
	if (*p == '-') {
		p++;
		if ((f.mon = number(&p, 2, NULL)) < 0)
			return -1;
		if (*p == '-') {
			p++;
			if ((f.day = number(&p, 2, NULL)) < 0)
				return -1;
		}
	} else if (p[0] >= '0' && p[0] <= '9') {
		if ((f.mon = digits(&p, 2)) < 0 || (f.day = digits(&p, 2)) < 0)
			return -1;
	}
	if (*p == 'T' || *p == 't' || (*p == ' ' && p[1] >= '0' && p[1] <= '9')) {
		p++;
		skip_space(&p);
		if (clock_time(&p, &f) < 0)
			return -1;
		skip_space(&p);
		if (*p && zone(&p, &f.tz) < 0)
			return -1;
	}
	if (!at_end(p))
		return -1;
	return finish(&f, out);
}

static int
month_by_name(const char *s, size_t n)
{
	static const char names[][4] = { "jan", "feb", "mar", "apr", "may", "jun",
					 "jul", "aug", "sep", "oct", "nov", "dec" };
	if (n < 3)
		return -1;
	for (int i = 0; i < 12; i++)
		if (str_starts_with_ci(s, names[i]))
			return i + 1;
	return -1;
}

static bool
is_day_name(const char *s, size_t n)
{
	static const char names[][4] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	if (n < 3)
		return false;
	for (int i = 0; i < 7; i++)
		if (str_starts_with_ci(s, names[i]))
			return true;
	return false;
}

/* Split s into at most max words at whitespace and commas. */
static size_t
words(const char *s, const char **w, size_t *len, size_t max)
{
	size_t n = 0;
	while (*s) {
		while (*s && (str_is_space((unsigned char)*s) || *s == ','))
			s++;
		if (!*s)
			break;
		size_t k = 0;
		while (s[k] && !str_is_space((unsigned char)s[k]) && s[k] != ',')
			k++;
		if (n == max)
			return max + 1;
		w[n] = s;
		len[n++] = k;
		s += k;
	}
	return n;
}

static int
year_of(const char *s, size_t n, int64_t *year)
{
	const char *p = s;
	int nd, y = number(&p, 4, &nd);
	if (y < 0 || (size_t)(p - s) != n || (nd != 2 && nd != 4))
		return -1;
	*year = nd == 2 ? y + (y < 70 ? 2000 : 1900) : y;
	return 0;
}

/* [Day,] DD Mon YYYY hh:mm[:ss] zone   (also Mon DD, and asctime order) */
static int
parse_rfc822(const char *s, int64_t *out)
{
	const char *w[8];
	size_t len[8];
	size_t n = words(s, w, len, 8), i = 0;
	struct fields f = { 0 };
	if (n > 8)
		return -1;
	if (i < n && is_day_name(w[i], len[i]))
		i++;
	if (n - i < 3)
		return -1;
	const char *p = w[i];
	f.day = number(&p, 2, NULL);
	if (f.day >= 0 && (size_t)(p - w[i]) == len[i]) {
		if ((f.mon = month_by_name(w[i + 1], len[i + 1])) < 0)
			return -1;
	} else {
		/* "Jan 02 2006" or asctime "Jan  2 15:04:05 2006" */
		if ((f.mon = month_by_name(w[i], len[i])) < 0)
			return -1;
		p = w[i + 1];
		if ((f.day = number(&p, 2, NULL)) < 0 || (size_t)(p - w[i + 1]) != len[i + 1])
			return -1;
		if (i + 3 < n + 1 && memchr(w[i + 2], ':', len[i + 2]) && i + 3 < n) {
			/* asctime: time, then [zone], then year */
			const char *t = w[i + 2];
			if (clock_time(&t, &f) < 0 || year_of(w[n - 1], len[n - 1], &f.year) < 0)
				return -1;
			if (n - 1 > i + 3) {
				const char *z = w[i + 3];
				if (zone(&z, &f.tz) < 0 || z != w[i + 3] + len[i + 3] || i + 5 != n)
					return -1;
			} else if (i + 4 != n) {
				return -1;
			}
			return finish(&f, out);
		}
	}
	i += 2;
	if (year_of(w[i], len[i], &f.year) < 0)
		return -1;
	i++;
	if (i < n) {
		p = w[i];
		if (clock_time(&p, &f) < 0 || p != w[i] + len[i])
			return -1;
		i++;
		if (i == n)
			return -1; /* a time without a zone: the reader cannot know whose */
		p = w[i];
		if (zone(&p, &f.tz) < 0 || p != w[i] + len[i] || ++i != n)
			return -1;
	}
	return finish(&f, out);
}

int
date_parse(const char *s, int64_t *out)
{
	if (!s)
		return -1;
	skip_space(&s);
	if (!*s)
		return -1;
	if (parse_iso(s, out) == 0)
		return 0;
	return parse_rfc822(s, out);
}

int
date_format_iso(int64_t t, char out[DATE_ISO_LEN])
{
	if (t < -62135596800LL || t > 253402300799LL)
		return -1;
	/* civil from days (the inverse of date_from_civil), without the
	 * locale and time zone machinery of gmtime/strftime */
	int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t secs = t - days * 86400;
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	int64_t y = yoe + era * 400 + (m <= 2);
	int f[6] = { (int)y, m, d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60) };
	static const char seps[] = "--T::Z";
	char *p = out;
	for (int i = 0; i < 6; i++) {
		if (i == 0) {
			*p++ = (char)('0' + f[0] / 1000);
			*p++ = (char)('0' + f[0] / 100 % 10);
		}
		*p++ = (char)('0' + f[i] / 10 % 10);
		*p++ = (char)('0' + f[i] % 10);
		*p++ = seps[i];
	}
	*p = '\0';
	return 0;
}
