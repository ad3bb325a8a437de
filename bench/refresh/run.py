#!/usr/bin/python3
"""run.py: bench/refresh: cold and warm refresh of a local feed farm, tidings next to newsboat and sfeed.

usage: bench/refresh/run.py [--feeds 500] [--items 50] [--latency 50] [--hosts 25]
                            [--tidings PATH] [--baseline PATH] [--repeat N] [--quick]
The farm (gen.py) is served by farm.py from --hosts loopback addresses
(127.0.0.10 and up) with --latency ms added to every response. Each tool
starts from an empty cache (cold), then runs again on the same cache
(warm: every feed unchanged, so a client with validators gets 304s).
Columns: wall and CPU seconds, peak memory (largest process), requests,
304s and connections the farm saw, and wall time over the latency bound
ceil(feeds / connections) x latency. --quick skips newsboat's default
(one reload thread: slow by design); --tidings-only skips the others.
--baseline PATH runs a second tidings binary (an earlier commit's) in the
same run, alternating with this one, and prints this/baseline ratios;
--repeat N runs the tidings rows N times and compares medians.
Wall times need a quiet machine (the load average is printed); CPU
seconds compare even on a busy one. Not part of make check.
"""
import argparse
import math
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port(hosts):
    for _ in range(50):
        s = socket.socket()
        s.bind((hosts[0], 0))
        port = s.getsockname()[1]
        s.close()
        ok = True
        for h in hosts[1:]:
            t = socket.socket()
            try:
                t.bind((h, port))
            except OSError:
                ok = False
            t.close()
        if ok:
            return port
    sys.exit("no free port on every host")


def farm_stats(host, port, path="/__stats"):
    with urllib.request.urlopen("http://%s:%d%s" % (host, port, path)) as r:
        text = r.read().decode()
    return {k: int(v) for k, v in (line.split() for line in text.splitlines())}


def timed(cmd, env, cwd):
    """Run cmd under GNU time: (wall s, cpu s, peak MB, returncode)."""
    tf = tempfile.NamedTemporaryFile(delete=False)
    tf.close()
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name] + cmd, env=env, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - t0
    with open(tf.name) as f:
        fields = f.read().split()[-3:]
    os.unlink(tf.name)
    user, sys_, rss = float(fields[0]), float(fields[1]), int(fields[2])
    if p.returncode != 0:
        sys.stderr.write("  (%s exited %d: %s)\n" % (cmd[0], p.returncode, p.stderr.decode()[-300:]))
    return wall, user + sys_, rss / 1024.0, p.returncode


class Bench:
    def __init__(self, a):
        self.a = a
        self.work = tempfile.mkdtemp(prefix="tidings-bench-")
        self.hosts = ["127.0.0.%d" % (10 + i) for i in range(a.hosts)]
        self.port = free_port(self.hosts)
        self.urls = ["http://%s:%d/feed%d.xml" % (self.hosts[i % a.hosts], self.port, i)
                     for i in range(a.feeds)]
        self.rows = []

    def farm(self):
        d = os.path.join(tempfile.gettempdir(), "tidings-farm-%d-%d" % (self.a.feeds, self.a.items))
        if not os.path.exists(os.path.join(d, "feed%d.xml" % (self.a.feeds - 1))):
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), d, str(self.a.feeds),
                            str(self.a.items)], check=True)
        self.farm_p = subprocess.Popen([sys.executable, os.path.join(HERE, "farm.py"), d, str(self.port),
                                        str(self.a.latency)] + self.hosts, stdout=subprocess.PIPE)
        self.farm_p.stdout.readline()
        mb = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)) / 1e6
        print("farm: %d feeds x %d items (%.0f MB), %d ms latency, %d hosts" % (
            self.a.feeds, self.a.items, mb, self.a.latency, self.a.hosts))

    def measure(self, name, conns, cmd, env, cwd, run):
        farm_stats(self.hosts[0], self.port, "/__reset")
        wall, cpu, mb, rc = timed(cmd, env, cwd)
        st = farm_stats(self.hosts[0], self.port)
        bound = math.ceil(self.a.feeds / conns) * self.a.latency / 1000.0
        row = dict(name=name, run=run, wall=wall, cpu=cpu, mb=mb, req=st["requests"], n304=st["304"],
                   conns=st["conns"] - 1,  # less the /__stats request
                   bound=bound, ratio=wall / bound, rc=rc, extra="")
        self.rows.append(row)
        return row

    @staticmethod
    def show(r):
        print("%-30s %-5s %7.2f %7.2f %8.1f %6d %6d %6d %6.2f %6.1fx %s" % (
            r["name"], r["run"], r["wall"], r["cpu"], r["mb"], r["req"], r["n304"], r["conns"],
            r["bound"], r["ratio"], r["extra"]), flush=True)

    def env(self, home):
        e = dict(os.environ)
        e.update(HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share")
        for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            e.pop(k, None)
        return e

    def tidings(self, conns, binary=None, label="tidings"):
        d = tempfile.mkdtemp(prefix="%s-%d-" % (label, conns), dir=self.work)
        with open(d + "/urls", "w") as f:
            f.write("\n".join(self.urls) + "\n")
        with open(d + "/config", "w") as f:
            f.write("set max-connections %d\n" % conns)
        cmd = [binary or self.a.tidings, "--urls", d + "/urls", "--cache", d + "/cache.db", "--config",
               d + "/config", "refresh", "--quiet"]
        name = "%s (%d conns)" % (label, conns)
        cold = self.measure(name, conns, cmd, self.env(d), d, "cold")
        db = sqlite3.connect(d + "/cache.db")
        cold["extra"] = "%d items" % db.execute("SELECT count(*) FROM items").fetchone()[0]
        self.show(cold)
        db.executescript("""CREATE TABLE bench_writes(n INTEGER); INSERT INTO bench_writes VALUES (0);
            CREATE TRIGGER bw_i AFTER INSERT ON items BEGIN UPDATE bench_writes SET n = n + 1; END;
            CREATE TRIGGER bw_u AFTER UPDATE ON items BEGIN UPDATE bench_writes SET n = n + 1; END;
            CREATE TRIGGER bw_d AFTER DELETE ON items BEGIN UPDATE bench_writes SET n = n + 1; END;""")
        db.commit()
        db.close()
        warm = self.measure(name, conns, cmd, self.env(d), d, "warm")
        db = sqlite3.connect(d + "/cache.db")
        warm["extra"] = "%d item writes" % db.execute("SELECT n FROM bench_writes").fetchone()[0]
        db.close()
        self.show(warm)

    def newsboat(self, threads):
        d = os.path.join(self.work, "newsboat-%s" % threads)
        os.makedirs(d)
        with open(d + "/urls", "w") as f:
            f.write("\n".join(self.urls) + "\n")
        with open(d + "/config", "w") as f:
            if threads:
                f.write("reload-threads %d\n" % threads)
        cmd = ["newsboat", "-u", d + "/urls", "-c", d + "/cache.db", "-C", d + "/config", "-x", "reload"]
        conns = threads or 1
        name = "newsboat (%s)" % ("%d threads" % threads if threads else "default, 1 thread")
        for run in ("cold", "warm"):
            self.show(self.measure(name, conns, cmd, self.env(d), d, run))

    def sfeed(self, jobs):
        d = os.path.join(self.work, "sfeed-%s" % jobs)
        os.makedirs(d + "/feeds")
        with open(d + "/sfeedrc", "w") as f:
            f.write('sfeedpath="%s/feeds"\n' % d)
            if jobs:
                f.write("maxjobs=%d\n" % jobs)
            f.write("feeds() {\n")
            for i, u in enumerate(self.urls):
                f.write('\tfeed "f%d" "%s"\n' % (i, u))
            f.write("}\n")
        conns = jobs or 8
        name = "sfeed_update (%s)" % ("maxjobs %d" % jobs if jobs else "default, 8 jobs")
        for run in ("cold", "warm"):
            self.show(self.measure(name, conns, ["sfeed_update", d + "/sfeedrc"], self.env(d), d, run))

    def run(self):
        self.farm()
        load = os.getloadavg()[0]
        print("load average %.1f on %d cores%s" % (load, os.cpu_count(), "  (busy machine: wall times "
              "will be long; CPU seconds still compare)" if load > 1.0 else ""))
        print("%-30s %-5s %7s %7s %8s %6s %6s %6s %6s %7s" % (
            "client", "run", "wall s", "CPU s", "peak MB", "reqs", "304s", "conns", "bound", "ratio"))
        try:
            for _ in range(self.a.repeat):
                for conns in (16, 64):
                    self.tidings(conns)
                    if self.a.baseline:
                        self.tidings(conns, self.a.baseline, "baseline")
            if self.a.tidings_only:
                pass
            elif shutil.which("newsboat"):
                if not self.a.quick:
                    self.newsboat(0)
                self.newsboat(16)
            if shutil.which("sfeed_update") and not self.a.tidings_only:
                self.sfeed(0)
                self.sfeed(16)
        finally:
            self.farm_p.kill()
            shutil.rmtree(self.work, ignore_errors=True)
        self.compare()

    def compare(self):
        def wall(name, run, key="wall"):
            v = sorted(r[key] for r in self.rows if r["name"] == name and r["run"] == run)
            return v[len(v) // 2] if v else None
        t16 = wall("tidings (16 conns)", "cold")
        print()
        for other in ("newsboat (default, 1 thread)", "newsboat (16 threads)", "sfeed_update (default, 8 jobs)",
                      "sfeed_update (maxjobs 16)"):
            for run in ("cold", "warm"):
                w, t = wall(other, run), wall("tidings (16 conns)", run)
                c, tc = wall(other, run, "cpu"), wall("tidings (16 conns)", run, "cpu")
                if w and t:
                    print("%s %s: %.1fx the wall time, %.1fx the CPU time of tidings (16 conns)" % (
                        other, run, w / t, c / max(tc, 0.01)))
        for conns in (16, 64):
            for run in ("cold", "warm"):
                n, b = "tidings (%d conns)" % conns, "baseline (%d conns)" % conns
                if wall(b, run):
                    print("tidings/baseline %d conns %s: %.2fx the wall time, %.2fx the CPU time, %.2fx the memory" % (
                        conns, run, wall(n, run) / wall(b, run), wall(n, run, "cpu") / max(wall(b, run, "cpu"), 0.01),
                        wall(n, run, "mb") / wall(b, run, "mb")))
        print("goals: cold <= 2.4 s at 16 conns (got %.2f), <= 1 s at 64 (got %.2f), warm <= 2 s (got %.2f)" % (
            t16, wall("tidings (64 conns)", "cold"), wall("tidings (16 conns)", "warm")))
        print("load average at the end: %.1f" % os.getloadavg()[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--latency", type=int, default=50)
    ap.add_argument("--hosts", type=int, default=25)
    ap.add_argument("--tidings", default=os.path.join(HERE, "..", "..", "src", "tidings"))
    ap.add_argument("--baseline", help="another tidings binary to run beside this one")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--tidings-only", action="store_true")
    Bench(ap.parse_args()).run()


main()
