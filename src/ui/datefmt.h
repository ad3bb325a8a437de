/* datefmt.h: dates in the interface as the user's locale (LC_TIME) writes them. */
#ifndef TIDINGS_DATEFMT_H
#define TIDINGS_DATEFMT_H

#include <stddef.h>
#include <stdint.h>

enum date_style {
	DATE_DAY,       /* the locale's date (%x); 2024-03-05 in the C locale */
	DATE_MONTH_DAY, /* the same without the year, for narrow screens */
	DATE_DAY_TIME,  /* the date and the hour and minute */
};

/* Write t (seconds since the epoch, local time) into out[0..n) as style
 * says; "" for DATE_NONE or a time the C library cannot convert. The C and
 * POSIX locales (C.UTF-8 too) get ISO 8601. Returns out. */
char *datefmt(int64_t t, enum date_style style, char *out, size_t n);
/* The strftime format behind a style in the current locale (buf holds it
 * when it is made). The two helpers are public for the tests: fmt without
 * its year and the separator next to it; a time format without seconds. */
const char *datefmt_format(enum date_style style, char *buf, size_t n);
void datefmt_drop_year(const char *fmt, char *out, size_t n);
void datefmt_drop_seconds(const char *fmt, char *out, size_t n);
/* Columns the dates of a style take in this locale (the widest of a few
 * sample dates), so a list can give them a column. */
int datefmt_width(enum date_style style);

#endif
