/* names.h: which feed element a (namespace, local name) pair is. */
#ifndef TIDINGS_NAMES_H
#define TIDINGS_NAMES_H

#include <stdbool.h>

/* Namespaces feeds use, reduced to what the parser cares about. Plain RSS
 * (no namespace) and the userland/harvard RSS 2.0 URIs are NS_NONE. */
enum ns {
	NS_NONE, NS_RSS10, NS_RSS090, NS_RDF, NS_ATOM10, NS_ATOM03, NS_DC,
	NS_DCTERMS, NS_CONTENT, NS_XHTML, NS_SY, NS_ITUNES, NS_MEDIA, NS_XML,
	NS_OTHER,
};

/* Elements the parser acts on; everything else is EL_OTHER. */
enum el {
	EL_OTHER = 0,
	/* containers */
	EL_RSS, EL_RDF, EL_CHANNEL, EL_ITEM, EL_FEED, EL_ENTRY, EL_SOURCE,
	EL_AUTHOR_BOX, /* atom author/contributor: holds name */
	/* fields */
	EL_TITLE, EL_LINK, EL_DESCRIPTION, EL_GUID, EL_PUBDATE, EL_AUTHOR,
	EL_CATEGORY, EL_ENCLOSURE, EL_TTL, EL_NAME, EL_ID, EL_PUBLISHED,
	EL_UPDATED, EL_SUMMARY, EL_CONTENT, EL_SUBTITLE,
	EL_DC_TITLE, EL_DC_CREATOR, EL_DC_DATE, EL_DC_SUBJECT, EL_DC_DESCRIPTION,
	EL_DCT_ISSUED, EL_DCT_MODIFIED, EL_CONTENT_ENCODED, EL_XHTML_BODY,
	EL_SY_PERIOD, EL_SY_FREQUENCY, EL_ITUNES_AUTHOR, EL_ITUNES_SUMMARY,
	EL_KEYWORDS, EL_ITUNES_CATEGORY, EL_MEDIA_CATEGORY, EL_MEDIA_TITLE,
	EL_MEDIA_CONTENT,
	EL_EMAIL, EL_CONTRIBUTOR, EL_FULLITEM,
};

/* Classify a namespace URI (NULL: none). prefix helps when the URI is
 * unknown or missing but the prefix is a well-known one ("dc", "content"). */
enum ns ns_classify(const char *uri, const char *prefix);
/* The element for a local name (any case) in a namespace; atom_doc says
 * that unqualified names belong to Atom (a <feed> without namespace). */
enum el el_classify(enum ns ns, const char *local, bool atom_doc);

#endif
