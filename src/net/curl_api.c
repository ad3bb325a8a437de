/* curl_api.c: finds libcurl with dlopen on the first transfer and fills the call table. */
#include "config.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

#include "net/curl_api.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Filled once, then only read: a loaded library is process-wide state by
 * nature, like libcurl's own global initialisation. */
static struct curl_api table;
static int loaded; /* 0 not tried, 1 ready, -1 failed */

const struct curl_api *
curl_api(void)
{
	return &table;
}

static const struct { const char *name; size_t off; } symbols[] = {
#define SYM(f) { "curl_" #f, offsetof(struct curl_api, f) }
	SYM(global_init), SYM(easy_init), SYM(easy_cleanup), SYM(easy_setopt),
	SYM(easy_getinfo), SYM(easy_perform), SYM(easy_strerror), SYM(slist_append),
	SYM(slist_free_all), SYM(multi_init), SYM(multi_cleanup), SYM(multi_setopt),
	SYM(multi_add_handle), SYM(multi_remove_handle), SYM(multi_perform),
	SYM(multi_poll), SYM(multi_wakeup), SYM(multi_info_read), SYM(multi_strerror),
#undef SYM
};

static void *
open_library(void)
{
	/* the one configure found first; then the names Debian and others use */
	static const char *names[] = { CURL_SONAME, "libcurl.so.4", "libcurl-gnutls.so.4",
				       "libcurl.so" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		void *h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
		if (h)
			return h;
	}
	return NULL;
}

int
curl_api_load(char **err)
{
	if (loaded > 0)
		return 0;
	void *lib = open_library();
	if (!lib) {
		*err = xasprintf(_("cannot load libcurl (%s): install the Debian package libcurl4"),
				 dlerror());
		loaded = -1;
		return -1;
	}
	for (size_t i = 0; i < sizeof symbols / sizeof symbols[0]; i++) {
		void *f = dlsym(lib, symbols[i].name);
		if (!f) {
			*err = xasprintf(_("libcurl lacks %s: it is older than 7.68"), symbols[i].name);
			dlclose(lib);
			loaded = -1;
			return -1;
		}
		*(void **)((char *)&table + symbols[i].off) = f;
	}
	if (table.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		*err = xstrdup(_("libcurl failed to initialise"));
		loaded = -1;
		return -1;
	}
	loaded = 1;
	return 0;
}
