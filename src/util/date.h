/* date.h: reading the dates feeds write, and writing them back as UTC ISO 8601. */
#ifndef TIDINGS_DATE_H
#define TIDINGS_DATE_H

#include <stdint.h>

#define DATE_ISO_LEN 21 /* "YYYY-MM-DDTHH:MM:SSZ" and NUL */
/* A date is seconds since the epoch, UTC; DATE_NONE when absent or unreadable. */
#define DATE_NONE INT64_MIN

/* Parse RFC 822/1123 (with the zone names seen in feeds), RFC 3339 and
 * ISO 8601 variants, asctime and a few common broken forms. Returns 0 and
 * sets *out (seconds since the epoch, UTC), or -1 when the text cannot be
 * read with confidence: a wrong date is worse than none. */
int date_parse(const char *s, int64_t *out);
/* Write t as "YYYY-MM-DDTHH:MM:SSZ" into out; -1 when t is out of range. */
int date_format_iso(int64_t t, char out[DATE_ISO_LEN]);
/* Seconds since the epoch for a proleptic Gregorian UTC date and time;
 * fields are not range-checked here. */
int64_t date_from_civil(int64_t y, int m, int d, int hh, int mm, int ss);

#endif
