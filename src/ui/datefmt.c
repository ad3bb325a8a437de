/* datefmt.c: dates as the user's locale writes them (LC_TIME), ISO 8601 in the C locale. */
#include "config.h"

#include <langinfo.h>
#include <stdbool.h>
#include <locale.h>
#include <string.h>
#include <time.h>

#include "model/model.h"
#include "ui/datefmt.h"
#include "util/width.h"

/* The C/POSIX locale writes dates the American way (%x is 03/05/24);
 * whoever did not choose a locale gets the unambiguous ISO form. */
static bool
plain_locale(void)
{
	const char *l = setlocale(LC_TIME, NULL);
	return !l || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0 || strncmp(l, "C.", 2) == 0;
}

/* Length of the conversion at fmt ("%d", "%Ey", "%Od" ...). */
static size_t
conv_len(const char *fmt)
{
	if (fmt[1] == 'E' || fmt[1] == 'O')
		return fmt[2] ? 3 : 2;
	return fmt[1] ? 2 : 1;
}

static bool
is_year(const char *fmt)
{
	char c = fmt[conv_len(fmt) - 1];
	return c == 'Y' || c == 'y' || c == 'G' || c == 'g' || c == 'C';
}

/* Literal text (not a conversion) starting at s: its length. */
static size_t
literal_len(const char *s)
{
	size_t i = 0;
	while (s[i] && s[i] != '%')
		i++;
	return i;
}

void
datefmt_drop_year(const char *fmt, char *out, size_t n)
{
	size_t o = 0, lit = 0; /* lit: where the text after the last conversion starts */
	for (size_t i = 0; fmt[i] && o + 1 < n;) {
		if (fmt[i] != '%') {
			out[o++] = fmt[i++];
			continue;
		}
		size_t cl = conv_len(fmt + i);
		if (is_year(fmt + i)) {
			i += cl;
			if (fmt[i])
				i += literal_len(fmt + i); /* "%Y-%m-%d", "%Y年%m月": the separator after it */
			else
				o = lit; /* "%d.%m.%Y": the separator before it */
			continue;
		}
		if (o + cl >= n)
			break;
		memcpy(out + o, fmt + i, cl);
		o += cl;
		i += cl;
		lit = o;
	}
	out[o] = '\0';
}

void
datefmt_drop_seconds(const char *fmt, char *out, size_t n)
{
	size_t o = 0, len = strlen(fmt);
	for (size_t i = 0; i < len && o + 1 < n;) {
		const char *put = NULL;
		size_t skip = 0;
		if (strncmp(fmt + i, "%T", 2) == 0)
			put = "%H:%M", skip = 2;
		else if (strncmp(fmt + i, "%r", 2) == 0)
			put = "%I:%M %p", skip = 2;
		else if (strncmp(fmt + i, ":%S", 3) == 0 || strncmp(fmt + i, ".%S", 3) == 0)
			put = "", skip = 3;
		else if (strncmp(fmt + i, "%S", 2) == 0)
			put = "", skip = 2;
		if (put) {
			size_t pl = strlen(put);
			if (o + pl >= n)
				break;
			memcpy(out + o, put, pl);
			o += pl;
			i += skip;
			continue;
		}
		out[o++] = fmt[i++];
	}
	out[o] = '\0';
}

const char *
datefmt_format(enum date_style style, char *buf, size_t n)
{
	if (plain_locale()) {
		return style == DATE_DAY ? "%Y-%m-%d" : style == DATE_MONTH_DAY ? "%m-%d"
									: "%Y-%m-%d %H:%M";
	}
	const char *day = nl_langinfo(D_FMT);
	if (!day || !*day)
		day = "%x";
	switch (style) {
	case DATE_DAY:
		return day;
	case DATE_MONTH_DAY:
		datefmt_drop_year(day, buf, n);
		return *buf ? buf : day;
	case DATE_DAY_TIME: {
		char t[64];
		const char *tf = nl_langinfo(T_FMT);
		datefmt_drop_seconds(tf && *tf ? tf : "%H:%M", t, sizeof t);
		size_t dl = strlen(day);
		if (dl + 1 + strlen(t) >= n)
			return "%c";
		memcpy(buf, day, dl);
		buf[dl] = ' ';
		strcpy(buf + dl + 1, t);
		return buf;
	}
	}
	return day;
}

char *
datefmt(int64_t t, enum date_style style, char *out, size_t n)
{
	if (n)
		out[0] = '\0';
	if (t == DATE_NONE || n == 0)
		return out;
	time_t tt = (time_t)t;
	struct tm tm;
	char fbuf[128];
	if (!localtime_r(&tt, &tm))
		return out;
	const char *fmt = datefmt_format(style, fbuf, sizeof fbuf);
	if (strftime(out, n, fmt, &tm) == 0)
		out[0] = '\0';
	return out;
}

int
datefmt_width(enum date_style style)
{
	/* two-digit days and months, a long month name, morning and evening */
	static const int64_t samples[] = { 977961540, 947062800, 969271200 };
	int w = 0;
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		char s[128];
		datefmt(samples[i], style, s, sizeof s);
		int sw = (int)width_str(s, strlen(s));
		if (sw > w)
			w = sw;
	}
	return w;
}
