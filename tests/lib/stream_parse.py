#!/usr/bin/python3
"""stream_parse.py: pipes a generated feed into `tidings parse -` and reports its peak memory.

    stream_parse.py GEN_FEED TIDINGS FORMAT SIZE

Nothing is written to disk: bench/gen_feed.py streams into tidings through a
pipe, and tidings' JSON is read back and counted as it comes. Prints one line
of key=value pairs: rc (tidings' exit status, or -SIGNAL), hwm_kb (its peak
resident set: VmHWM of /proc/PID/status, read after every MB of output, as
wait4's ru_maxrss would also count the Python image tidings was spawned
from), items (ids seen in the output), expected (items
the generator wrote), last (number of the last id seen), format (the JSON's
"format" value).
"""

import re
import subprocess
import sys
import tempfile

MARK = b'"urn:x-tidings-gen:item:'


def vm_hwm_kb(pid, seen):
    try:
        with open("/proc/%d/status" % pid, "rb") as f:
            m = re.search(rb"VmHWM:\s*(\d+)", f.read())
    except OSError:
        return seen
    return max(seen, int(m.group(1))) if m else seen


def main():
    gen, tidings, fmt, size = sys.argv[1:5]
    with tempfile.TemporaryFile() as gen_err, tempfile.TemporaryFile() as tid_err:
        g = subprocess.Popen([sys.executable, gen, "--format", fmt, "--size", size, "--seed", "7", "--stats"],
                             stdout=subprocess.PIPE, stderr=gen_err)
        t = subprocess.Popen([tidings, "parse", "-"], stdin=g.stdout, stdout=subprocess.PIPE, stderr=tid_err)
        g.stdout.close()
        items, last, tail, end, hwm = 0, 0, b"", b"", 0
        while True:
            hwm = vm_hwm_kb(t.pid, hwm)
            chunk = t.stdout.read(1 << 20)
            if not chunk:
                break
            # keep enough of the previous chunk that no id is cut in two
            data = tail + chunk
            items += data.count(MARK) - tail.count(MARK)
            ids = re.findall(MARK + rb'(\d+)"', data)
            if ids:
                last = int(ids[-1])
            tail = data[-64:]
            end = (end + chunk)[-4096:]  # the feed's own fields come last
        status = t.wait()
        g.wait()
        gen_err.seek(0)
        m = re.search(rb"items=(\d+)", gen_err.read())
        tid_err.seek(0)
        err = tid_err.read().decode("utf-8", "replace").strip().splitlines()
    rc = status
    fm = re.search(rb'"format": *"([^"]*)"', end)
    print("rc=%d hwm_kb=%d items=%d expected=%d last=%d format=%s" % (
        rc, hwm, items, int(m.group(1)) if m else -1, last,
        fm.group(1).decode() if fm else "none"))
    if err:
        print("stderr: " + err[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
