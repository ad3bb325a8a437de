/* update_int.h: what update.c, update_parse.c and update_write.c share: the state of one pipeline and a feed in flight. */
#ifndef TIDINGS_UPDATE_INT_H
#define TIDINGS_UPDATE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "model/model.h"
#include "net/net.h"
#include "refresh/update.h"
#include "util/buf.h"

/* A fetch record held back until update_flush (304s and failures). */
struct pending {
	int64_t feed_id;
	struct store_fetch f;
	char *error, *etag, *last_modified, *redirect; /* owners of f's strings */
};

struct job;

struct update {
	struct loop *loop;
	struct poller *poller;
	struct store *store;
	struct update_config cfg;
	update_report_fn *report;
	void *ctx;
	size_t running;         /* feeds started and not yet reported */
	struct pending *pend;
	size_t npend, cappend;
	size_t held;            /* body bytes held back (job.raw), all jobs together */
	/* update_write.c */
	struct job **ready;     /* fetched, waiting for their turn to be written */
	size_t nready, capready;
	size_t ready_bytes;     /* the size of their bodies */
	struct job **group;     /* written in the open transaction, not committed yet */
	size_t ngroup, capgroup;
	bool in_tx;             /* that transaction is open */
	long long tx_since;     /* when it began (ms, monotonic) */
	int timer;              /* the loop timer of the next write; 0: none */
	/* update_parse.c */
	struct parse_worker *worker; /* started with the first body it parses */
	bool no_worker;              /* no thread could start: the loop's thread parses */
};

/* One feed in flight. */
struct job {
	struct update *u;
	struct store_feed feed; /* a copy: the caller's may go away */
	char *charset, *base;   /* outlive the parser, which borrows them */
	struct parser *parser;
	struct buf raw;         /* body bytes not parsed yet (see on_body) */
	bool streaming;         /* the body goes to the parser as it arrives */
	bool parse_ran;         /* the parse ended (parser freed, items and info kept) */
	bool parsed;            /* ... and found a feed; else parse_msg says why not */
	char *parse_msg;
	struct item *items;     /* complete items, held for the feed's transaction */
	size_t n, cap;
	size_t item_bytes;      /* item_bytes() of them */
	size_t left_out;        /* items past FEED_ITEMS_MAX or FEED_ITEMS_BYTES */
	struct store_retention retention; /* the feed's own (hooks->settings) */
	char *user_agent, *proxy;         /* the feed's own; NULL: the poller's */
	/* once fetched, waiting in update.ready */
	struct net_result result;
	char *etag, *last_modified, *moved_to; /* owners of result's strings */
	int64_t done_at;
	struct feed_info info;        /* what the parser said about the feed */
	struct store_update_stats st; /* what its transaction did */
	int64_t before;               /* the last item id before it (hooks->landed) */
};

/* update.c */
/* The rest of the body goes to the parser, which ends (any thread: it
 * touches only the job's own parse, never j->u). */
void job_parse_run(struct job *j);
/* The parse ends if it has not (job_parse_run) and the body's bytes go;
 * false when it was not a feed (reported, job finished). */
bool job_parse_end(struct job *j);
/* Write the feed's items and fetch record (joining an open transaction);
 * returns a store status. */
int job_store(struct job *j);
/* The feed's transaction committed (status STORE_OK) or failed: report it. */
void job_stored(struct job *j, int status);
/* Done with the feed: no longer running, freed. */
void job_finish(struct job *j);

/* update_write.c */
/* A fetched feed waits for its turn to be written (a loop timer). */
void write_queue(struct job *j);
/* Commit what the open transaction holds (and report it). */
void write_commit(struct update *u);
/* Forget what was fetched and not written (update_free). */
void write_forget(struct update *u);

/* update_parse.c */
/* Hand a fetched body to the parsing thread; it comes back through
 * job_parse_end and write_queue. false: no thread, parse it here. */
bool parse_elsewhere(struct job *j);
/* Stop the thread; what it held is forgotten (update_free). */
void parse_worker_free(struct update *u);

#endif
