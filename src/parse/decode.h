/* decode.h: a feed's bytes in whatever charset it declares -> UTF-8, streaming. */
#ifndef TIDINGS_DECODE_H
#define TIDINGS_DECODE_H

#include <stddef.h>

#include "util/buf.h"

struct decoder;

/* charset overrides the document's declaration (a byte order mark still
 * wins, as browsers do); NULL to sniff. Caller frees with decoder_free. */
struct decoder *decoder_new(const char *charset);
/* Decode n more bytes, appending UTF-8 to out. Until the charset is known
 * (BOM, XML declaration) bytes are held back. Invalid UTF-8 bytes are read
 * as windows-1252, so mislabelled text is repaired instead of dropped. */
void decoder_push(struct decoder *d, const char *in, size_t n, struct buf *out);
/* How many leading bytes of in[0..n) are valid UTF-8 that the decoder would
 * copy unchanged (0 unless the document is UTF-8 and nothing is held back):
 * the caller may use them in place and push only the rest. */
size_t decoder_passthrough(const struct decoder *d, const char *in, size_t n);
/* End of input: flush what was held back. */
void decoder_finish(struct decoder *d, struct buf *out);
void decoder_free(struct decoder **d);

#endif
