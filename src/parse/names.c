/* names.c: tag tables, sorted and searched with bsearch (sfeed's model). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/names.h"
#include "util/str.h"

struct ns_name { const char *uri; enum ns ns; };
struct el_name { const char *name; enum el el; };

/* Compared without case and without a trailing '/' or '#', as feeds
 * misspell them that way. */
static const struct ns_name ns_uris[] = {
	{ "backend.userland.com/rss", NS_NONE },
	{ "backend.userland.com/rss2", NS_NONE },
	{ "blogs.law.harvard.edu/tech/rss", NS_NONE },
	{ "my.netscape.com/rdf/simple/0.9", NS_RSS090 },
	{ "purl.org/atom/ns", NS_ATOM03 },
	{ "purl.org/dc/elements/1.0", NS_DC },
	{ "purl.org/dc/elements/1.1", NS_DC },
	{ "purl.org/dc/terms", NS_DCTERMS },
	{ "purl.org/rss/1.0", NS_RSS10 },
	{ "purl.org/rss/1.0/modules/content", NS_CONTENT },
	{ "purl.org/rss/1.0/modules/syndication", NS_SY },
	{ "search.yahoo.com/mrss", NS_MEDIA },
	{ "www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES },
	{ "www.w3.org/1999/02/22-rdf-syntax-ns", NS_RDF },
	{ "www.w3.org/1999/xhtml", NS_XHTML },
	{ "www.w3.org/2005/atom", NS_ATOM10 },
	{ "www.w3.org/xml/1998/namespace", NS_XML },
};

static const struct ns_name ns_prefixes[] = {
	{ "atom", NS_ATOM10 }, { "content", NS_CONTENT }, { "dc", NS_DC },
	{ "dcterms", NS_DCTERMS }, { "itunes", NS_ITUNES }, { "media", NS_MEDIA },
	{ "rdf", NS_RDF }, { "sy", NS_SY }, { "xhtml", NS_XHTML },
};

static int
cmp_uri(const void *key, const void *elem)
{
	const char *k = key;
	const char *u = ((const struct ns_name *)elem)->uri;
	for (; *k && *u; k++, u++) {
		int a = *k >= 'A' && *k <= 'Z' ? *k + 32 : *k;
		if (a != *u)
			return a - *u;
	}
	/* the key may carry a trailing '/' or '#' */
	if (*u == '\0' && (*k == '\0' || ((*k == '/' || *k == '#') && k[1] == '\0')))
		return 0;
	return (unsigned char)*k - (unsigned char)*u;
}

static int
cmp_name(const void *key, const void *elem)
{
	return strcmp(key, ((const struct ns_name *)elem)->uri);
}

/* Element names compare without case, as feedparser reads them. */
static int
cmp_el(const void *key, const void *elem)
{
	return strcasecmp(key, ((const struct el_name *)elem)->name);
}

enum ns
ns_classify(const char *uri, const char *prefix)
{
	if (uri && *uri) {
		const char *u = uri;
		if (str_starts_with_ci(u, "http://"))
			u += 7;
		else if (str_starts_with_ci(u, "https://"))
			u += 8;
		const struct ns_name *hit = bsearch(u, ns_uris, sizeof ns_uris / sizeof ns_uris[0],
						    sizeof ns_uris[0], cmp_uri);
		if (hit)
			return hit->ns;
	}
	if (prefix) {
		const struct ns_name *hit = bsearch(prefix, ns_prefixes,
						    sizeof ns_prefixes / sizeof ns_prefixes[0],
						    sizeof ns_prefixes[0], cmp_name);
		if (hit)
			return hit->ns;
	}
	return uri && *uri ? NS_OTHER : NS_NONE;
}

/* RSS 0.9x/2.0 without a namespace, and RSS 1.0/0.90 in theirs. */
static const struct el_name rss_els[] = {
	{ "author", EL_AUTHOR }, { "category", EL_CATEGORY },
	{ "channel", EL_CHANNEL }, { "description", EL_DESCRIPTION },
	{ "enclosure", EL_ENCLOSURE }, { "feed", EL_FEED }, { "fullitem", EL_FULLITEM },
	{ "guid", EL_GUID }, { "item", EL_ITEM }, { "link", EL_LINK },
	{ "pubdate", EL_PUBDATE }, { "rdf", EL_RDF }, { "rss", EL_RSS },
	{ "summary", EL_SUMMARY }, { "tags", EL_KEYWORDS }, { "title", EL_TITLE },
	{ "ttl", EL_TTL },
};

static const struct el_name atom_els[] = {
	{ "author", EL_AUTHOR_BOX }, { "category", EL_CATEGORY }, { "content", EL_CONTENT },
	{ "contributor", EL_CONTRIBUTOR }, { "email", EL_EMAIL }, { "entry", EL_ENTRY },
	{ "feed", EL_FEED }, { "id", EL_ID }, { "issued", EL_PUBLISHED },
	{ "item", EL_ENTRY }, { "link", EL_LINK },
	{ "modified", EL_UPDATED }, { "name", EL_NAME }, { "published", EL_PUBLISHED },
	{ "source", EL_SOURCE }, { "subtitle", EL_SUBTITLE }, { "summary", EL_SUMMARY },
	{ "tagline", EL_SUBTITLE }, { "title", EL_TITLE }, { "updated", EL_UPDATED },
};

static const struct el_name dc_els[] = {
	{ "author", EL_DC_CREATOR }, { "creator", EL_DC_CREATOR }, { "date", EL_DC_DATE },
	{ "description", EL_DC_DESCRIPTION }, { "subject", EL_DC_SUBJECT },
	{ "title", EL_DC_TITLE },
};

static const struct el_name dcterms_els[] = {
	{ "issued", EL_DCT_ISSUED }, { "modified", EL_DCT_MODIFIED },
};

static const struct el_name itunes_els[] = {
	{ "author", EL_ITUNES_AUTHOR }, { "category", EL_ITUNES_CATEGORY },
	{ "keywords", EL_KEYWORDS }, { "summary", EL_ITUNES_SUMMARY },
};

static const struct el_name sy_els[] = {
	{ "updatefrequency", EL_SY_FREQUENCY }, { "updateperiod", EL_SY_PERIOD },
};

static const struct el_name media_els[] = {
	{ "category", EL_MEDIA_CATEGORY }, { "content", EL_MEDIA_CONTENT }, { "title", EL_MEDIA_TITLE },
};

static enum el
lookup(const struct el_name *t, size_t n, const char *local)
{
	const struct el_name *hit = bsearch(local, t, n, sizeof *t, cmp_el);
	return hit ? hit->el : EL_OTHER;
}

#define LOOKUP(t, local) lookup(t, sizeof t / sizeof t[0], local)

enum el
el_classify(enum ns ns, const char *local, bool atom_doc)
{
	switch (ns) {
	case NS_NONE:
		return atom_doc ? LOOKUP(atom_els, local) : LOOKUP(rss_els, local);
	case NS_RSS10:
	case NS_RSS090:
		return LOOKUP(rss_els, local);
	case NS_RDF:
		return strcasecmp(local, "RDF") == 0 ? EL_RDF : EL_OTHER;
	case NS_ATOM10:
	case NS_ATOM03:
		return LOOKUP(atom_els, local);
	case NS_DC: return LOOKUP(dc_els, local);
	case NS_DCTERMS: return LOOKUP(dcterms_els, local);
	case NS_CONTENT: return strcmp(local, "encoded") == 0 ? EL_CONTENT_ENCODED : EL_OTHER;
	case NS_XHTML: return strcmp(local, "body") == 0 ? EL_XHTML_BODY : EL_OTHER;
	case NS_SY: return LOOKUP(sy_els, local);
	case NS_ITUNES: return LOOKUP(itunes_els, local);
	case NS_MEDIA: return LOOKUP(media_els, local);
	case NS_XML:
	case NS_OTHER:
		break;
	}
	return EL_OTHER;
}
