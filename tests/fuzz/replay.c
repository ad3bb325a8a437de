/* replay.c: runs a fuzz target's entry point over saved inputs without libFuzzer (for make check). */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/buf.h"
#include "util/xalloc.h"

/* Linked with one tests/fuzz/fuzz_*.c, which defines it. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * replay FILE|DIR...            each file is a fuzzer input (first byte = options)
 * replay --prefix HEX FILE|DIR...  each file is a plain document; it is run once
 *                               per control byte listed (e.g. "01,02,07,87")
 * A crash, abort or sanitizer report ends the process with a message naming
 * the file; otherwise the exit status is 0 and one line counts the inputs.
 */

struct replay {
	unsigned char prefixes[64];
	size_t n_prefixes; /* 0: files already start with their control byte */
	size_t runs;
};

static int
read_file(const char *path, struct buf *b)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (buf_append(b, chunk, n) != BUF_OK)
			break;
	int bad = ferror(f);
	fclose(f);
	return bad ? -1 : 0;
}

static int
replay_file(struct replay *r, const char *path)
{
	struct buf data = BUF_INIT;
	buf_putc(&data, 0); /* room for a control byte */
	if (read_file(path, &data) != 0) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		buf_free(&data);
		return -1;
	}
	fprintf(stderr, "replay: %s\n", path);
	if (r->n_prefixes == 0) {
		LLVMFuzzerTestOneInput((const uint8_t *)data.data + 1, data.len - 1);
		r->runs++;
	}
	for (size_t i = 0; i < r->n_prefixes; i++) {
		data.data[0] = (char)r->prefixes[i];
		LLVMFuzzerTestOneInput((const uint8_t *)data.data, data.len);
		r->runs++;
	}
	buf_free(&data);
	return 0;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every file below dir, in name order so that runs are repeatable. */
static int
replay_path(struct replay *r, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: no such file: %s\n", path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return replay_file(r, path);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", path, e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (replay_path(r, names[i]) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

static int
parse_prefixes(struct replay *r, const char *list)
{
	const char *s = list;
	while (*s && r->n_prefixes < sizeof r->prefixes) {
		char *end;
		unsigned long v = strtoul(s, &end, 16);
		if (end == s || v > 255)
			return -1;
		r->prefixes[r->n_prefixes++] = (unsigned char)v;
		s = *end == ',' ? end + 1 : end;
		if (*end && *end != ',')
			return -1;
	}
	return r->n_prefixes ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct replay r = { { 0 }, 0, 0 };
	int first = 1;
	if (argc > 2 && strcmp(argv[1], "--prefix") == 0) {
		if (parse_prefixes(&r, argv[2]) != 0) {
			fprintf(stderr, "replay: bad --prefix list: %s\n", argv[2]);
			return 2;
		}
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: %s [--prefix HEX,HEX...] FILE|DIR...\n", argv[0]);
		return 2;
	}
	int rc = 0;
	for (int i = first; i < argc; i++)
		if (replay_path(&r, argv[i]) != 0)
			rc = 1;
	printf("replayed %zu inputs\n", r.runs);
	return rc;
}
