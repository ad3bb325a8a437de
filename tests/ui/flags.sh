#!/bin/sh
# flags.sh: the headline flags: + new since the last visit, N unread, ! flagged, @ enclosure.
. "$top_srcdir/tests/ui/lib.sh"
standard_cache
start_ui 100 30
keys j j Enter
shows "the headlines of Example News" "Harbour bridge reopens"
flags() { line_of "$1" | cut -c1-4; }
same "first visit: everything unread is new; the podcast has an enclosure" \
	"$(flags 'Harbour bridge')" "+N @"
same "an item without an enclosure shows no @" "$(flags 'Library extends')" "+N  "
keys j
keys N
wait_for "Library extends" 2
i=0; while [ "$(flags 'Library extends')" != "    " ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
same "N marks it read: neither new nor unread" "$(flags 'Library extends')" "    "
keys k m
i=0; while [ "$(flags 'Harbour bridge')" != "+N!@" ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
same "m flags it" "$(flags 'Harbour bridge')" "+N!@"
keys Q
shows "Q quits" "[exit 0]"

# the next visit: what was there before is no longer new, only unread
start_ui 100 30
keys j j Enter
shows "the same headlines again" "Harbour bridge reopens"
same "unread but not new on the next visit" "$(flags 'Harbour bridge')" " N!@"
same "read stays read" "$(flags 'Library extends')" "    "
keys Q
shows "Q quits again" "[exit 0]"
done_testing
