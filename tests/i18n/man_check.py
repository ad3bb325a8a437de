#!/usr/bin/python3
"""man_check.py SRCDIR TEXT1 TEXT5: are the code's tables all in the manual pages?

Reads the names from the code itself (the action table, the options table, the
command table, the config verbs, the default bindings, the key contexts and the
colour elements) and checks them against the pages: TEXT1 and TEXT5 are
tidings.1 and tidings.conf.5 rendered as plain text, wide and unhyphenated.
Prints TAP lines (numbered from 1) and nothing else."""
import re
import sys

src, text1, text5 = sys.argv[1], open(sys.argv[2]).read(), open(sys.argv[3]).read()
man1 = open(src + "/man/tidings.1").read()
man5 = open(src + "/man/tidings.conf.5").read()


def code(path):
    return open(src + "/" + path).read()


def table(path, pattern):
    return re.findall(pattern, code(path))


actions = table("src/cmd/actions.c", r'\[A_[A-Z_]+\] = \{ "([a-z-]+)"')
options = re.findall(r'\[OPT_[A-Z_]+\] = \{ "([a-z-]+)", OPT_(\w+), "([^"]*)"', code("src/cmd/options.c"))
commands = table("src/cli/commands.c", r'\{ "([^"]+)", cli_\w+,')
verbs = table("src/cmd/conffile.c", r'\{ "([a-z-]+)", \d+, \d+, ')
bindings = table("src/cmd/keys_default.c", r'"bind ([^"]+)"')
contexts = table("src/cmd/keys.c", r'\[CTX_[A-Z]+\] = "([a-z]+)"')
elements = table("src/cmd/colors.c", r'\{ "([a-z-]+)", \{ ')

n = 0


def tap(ok, what, detail=""):
    global n
    n += 1
    print(("ok" if ok else "not ok") + " %d - %s" % (n, what))
    if not ok and detail:
        print("#   " + detail)


def words(text):
    """The words of rendered text; a name is found as a whole word."""
    return set(w.rstrip(".") for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]*|--?[a-z][a-z-]*", text))


def section(text, name):
    m = re.search(r"^%s\n(.*?)(?=^[A-Z][A-Z -]+\n|\Z)" % re.escape(name), text, re.S | re.M)
    return m.group(1) if m else ""


def check_names(names, text, what, where):
    got = words(text)
    missing = [x for x in names if x not in got]
    tap(names and not missing, "every %s of the code (%d) is in %s" % (what, len(names), where),
        "missing: " + " ".join(missing))


check_names(commands, section(text1, "COMMANDS"), "command of the command table", "tidings.1 COMMANDS")
check_names(actions, section(text1, "ACTIONS"), "action of the action table", "tidings.1 ACTIONS")
check_names([o[0] for o in options], section(text5, "SETTINGS"), "setting of the options table",
            "tidings.conf.5 SETTINGS")
check_names(verbs, section(text5, "LINES"), "kind of config line", "tidings.conf.5 LINES")
check_names(contexts, section(text5, "KEYS AND CONTEXTS"), "key context", "tidings.conf.5")
check_names(elements, section(text5, "COLOURS"), "colour element", "tidings.conf.5 COLOURS")

# Each setting says its type and its default as the table has it.
settings = section(text5, "SETTINGS")
wrong = []
for name, typ, default in options:
    m = re.search(r"^ {7}%s\b[^\n]*\n(.*?)(?=^ {7}\S|\Z)" % re.escape(name), settings, re.S | re.M)
    para = " ".join(m.group(1).split()) if m else ""
    want = "default " + default if default else "default empty"
    if want not in para:
        wrong.append("%s (wants '%s')" % (name, want))
tap(not wrong, "every setting's paragraph gives the table's default", "; ".join(wrong))

# Every default binding is listed in its context's key section of tidings.1:
# a line "KEY   ACTION: ..." under a heading that names the context.
keys = section(text1, "KEYS")
blocks = {}
for head, body in re.findall(r"^   (\S[^\n]*)\n(.*?)(?=^   \S|\Z)", keys, re.S | re.M):
    m = re.search(r"\(contexts? ([a-z, ]+)\)", head)
    if m:
        for ctx in m.group(1).split(", "):
            blocks[ctx] = blocks.get(ctx, "") + body
missing = []
for b in bindings:
    w = b.split()
    ctx = w[0] if w[0] in contexts else "global"
    key, action = (w[1], w[2]) if w[0] in contexts else (w[0], w[1])
    if not re.search(r"^ +%s +%s:" % (re.escape(key), re.escape(action)), blocks.get(ctx, ""), re.M):
        missing.append("%s %s %s" % (ctx, key, action))
tap(bindings and not missing, "every default binding (%d) is in tidings.1 KEYS under its context" % len(bindings),
    "missing: " + ", ".join(missing))

# ... and nothing is listed there that is not a default binding.
listed = []
for ctx, body in blocks.items():
    for key, action in re.findall(r"^ +(\S+) +([a-z-]+):", body, re.M):
        listed.append("bind %s%s %s" % ("" if ctx == "global" else ctx + " ", key, action))
extra = [x for x in listed if x[5:] not in bindings]
tap(listed and not extra, "tidings.1 KEYS lists no binding the code does not make", "extra: " + ", ".join(extra))

version = re.search(r"AC_INIT\(\[tidings\], \[([^]]+)\]", code("configure.ac")).group(1)
stale = [p for p, s in (("tidings.1", man1), ("tidings.conf.5", man5)) if '"tidings %s"' % version not in s]
tap(not stale, "the pages name this version (%s) in .TH" % version, "stale: " + " ".join(stale))
print("1..%d" % n)
