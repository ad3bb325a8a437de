/* history.c: reading and atomically writing the command-line history file, bounded in lines and line length. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/history.h"
#include "util/spawn.h"
#include "util/xalloc.h"
#include "util/xdg.h"

/* A longer line is not a command anyone typed: it is skipped. */
#define HISTORY_LINE_MAX 4096

char *
history_path(void)
{
	return xdg_path(XDG_DATA, "history");
}

char **
history_load(const char *path, size_t max, size_t *n)
{
	char **v = xcalloc(max + 1, sizeof *v);
	*n = 0;
	FILE *f = max ? fopen(path, "r") : NULL;
	if (!f)
		return v;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len == 0 || len > HISTORY_LINE_MAX)
			continue;
		if (*n == max) { /* keep the newest: drop the oldest */
			free(v[0]);
			memmove(v, v + 1, (max - 1) * sizeof *v);
			(*n)--;
		}
		v[(*n)++] = xstrdup(line);
	}
	v[*n] = NULL;
	free(line);
	fclose(f);
	return v;
}

int
history_save(const char *path, char *const *lines, size_t n, size_t max)
{
	if (mkdir_parents(path) != 0)
		return -1;
	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	fchmod(fd, 0600);
	FILE *f = fdopen(fd, "w");
	size_t from = n > max ? n - max : 0;
	for (size_t i = from; f && i < n; i++)
		if (!strchr(lines[i], '\n'))
			fprintf(f, "%s\n", lines[i]);
	int rc = f && fflush(f) == 0 && fsync(fd) == 0 && !ferror(f) ? 0 : -1;
	if (f)
		fclose(f);
	else
		close(fd);
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -1;
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	return rc;
}
