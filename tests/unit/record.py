#!/usr/bin/env python3
"""Record what the oracle does with the commands of unit test data files.

    tests/unit/record.py tests/unit/data/tcp.rules ...   # rewrite in place
    tests/unit/record.py --check tests/unit/data/*.rules # compare only

For every command line of a data file (format: tests/unit/records.c) this
runs, in a fresh network namespace (`unshare -n`), the record's setup lines
("@ iptables -N FOO") and then the command with the oracle, Debian's
iptables-nft 1.8.9 (`xtables-nft-multi`), and records:

  exit N / err ...   its exit status (when not 0) and standard error;
  save ...           each rule as `iptables-save` (`ip6tables-save`) prints it;
  nft ... / raw ...  each rule as the kernel dumps it, printed by
                     tests/unit/rule-dump (libnftnl's text form plus the xt_*
                     payloads, and the message in hex).

Everything else in the file (comments, blank lines, setup lines, the order
of the records) is kept.  Needs root, the oracle, and a built rule-dump
(`make check` builds it, or `make tests/unit/rule-dump`).  Python 3
standard library only.
"""

import argparse
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, LC_ALL="C", TZ="UTC")
TOOLS = ("iptables", "ip6tables")


def parse_file(path):
    """The file as a list of items: ("text", line) kept as is, or
    ("record", {"setup": [...], "cmd": ...}) whose result lines are
    recomputed.  Setup lines belong to the next record."""
    items, setup = [], []
    with open(path) as f:
        for lineno, line in enumerate(f.read().splitlines(), 1):
            if line.startswith("\t"):
                if not items or items[-1][0] != "record":
                    sys.exit("%s:%d: result line without a command" % (path, lineno))
                continue
            if line.startswith("@"):
                setup.append(line[1:].strip())
                items.append(("text", line))
                continue
            if not line.strip() or line.startswith("#"):
                items.append(("text", line))
                continue
            words = shlex.split(line)
            if words[0] not in TOOLS:
                sys.exit("%s:%d: a command starts with iptables or ip6tables"
                         % (path, lineno))
            items.append(("record", {"setup": setup, "cmd": line,
                                     "where": "%s:%d" % (path, lineno)}))
            setup = []
    return items


def run(argv, stdin=None):
    p = subprocess.run(argv, input=stdin or "", capture_output=True, text=True,
                       env=ENV, timeout=60)
    return p.returncode, p.stdout, p.stderr


def parse_dump(text):
    """rule-dump's output: a list of (nft lines, raw hex lines)."""
    rules, in_raw = [], False
    for line in text.splitlines():
        if line == "rule":
            rules.append(([], []))
            in_raw = False
        elif line == "raw:":
            in_raw = True
        elif in_raw:
            rules[-1][1].append(line.strip())
        else:
            rules[-1][0].append(line)
    return rules


def inner(args):
    """In a fresh namespace: run one record, print its results as JSON."""
    rec = json.load(sys.stdin)
    for line in rec["setup"]:
        words = shlex.split(line)
        argv = [args.oracle] + words if words[0] in TOOLS else words
        rc, _, err = run(argv)
        if rc:
            sys.exit("setup %r failed: %s" % (line, err.strip()))
    _, before, _ = run([args.rule_dump])
    if parse_dump(before):
        sys.exit("setup lines must not add rules")
    words = shlex.split(rec["cmd"])
    rc, out, err = run([args.oracle] + words)
    _, save, _ = run([args.oracle, words[0] + "-save"])
    drc, dump, derr = run([args.rule_dump])
    if drc:
        sys.exit("rule-dump failed: %s" % derr.strip())
    json.dump({"exit": rc, "stdout": out, "stderr": err,
               "save": [l for l in save.splitlines() if l.startswith("-A ")],
               "rules": parse_dump(dump)}, sys.stdout)
    return 0


def record(rec, args):
    """Run one record in its own namespace; return its result lines."""
    p = subprocess.run(
        ["unshare", "-n", sys.executable, os.path.abspath(__file__), "--inner",
         "--oracle", args.oracle, "--rule-dump", args.rule_dump],
        input=json.dumps(rec), capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError("%s: %s" % (rec["where"], p.stderr.strip()))
    res = json.loads(p.stdout)
    if len(res["save"]) != len(res["rules"]):
        raise RuntimeError("%s: %d saved rules but %d in the kernel"
                           % (rec["where"], len(res["save"]), len(res["rules"])))
    lines = []
    if res["exit"]:
        lines.append("exit %d" % res["exit"])
    lines += ["err " + l for l in res["stderr"].splitlines()]
    for save, (nft, raw) in zip(res["save"], res["rules"]):
        lines.append("save " + save)
        lines += ["nft " + l for l in nft]
        lines += ["raw " + l for l in raw]
    return ["\t" + l for l in lines]


def process(path, args, pool):
    items = parse_file(path)
    records = [item[1] for item in items if item[0] == "record"]
    results = iter(list(pool.map(lambda r: record(r, args), records)))
    out = []
    for kind, value in items:
        if kind == "text":
            out.append(value)
        else:
            out.append(value["cmd"])
            out += next(results)
    text = "\n".join(out) + "\n"
    with open(path) as f:
        old = f.read()
    if args.check:
        if old != text:
            print("%s: differs from what the oracle does now" % path)
            return False
        print("%s: %d records, as recorded" % (path, len(records)))
        return True
    if old != text:
        with open(path, "w") as f:
            f.write(text)
        print("%s: %d records, updated" % (path, len(records)))
    else:
        print("%s: %d records, unchanged" % (path, len(records)))
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--oracle", default="xtables-nft-multi")
    ap.add_argument("--rule-dump", default=os.path.join(HERE, "rule-dump"),
                    help="the rule-dump program (default: next to this script)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if a file would change")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.rule_dump = os.path.abspath(args.rule_dump)
    if args.inner:
        return inner(args)
    if not os.access(args.rule_dump, os.X_OK):
        sys.exit("%s not found: run `make tests/unit/rule-dump` "
                 "(or pass --rule-dump)" % args.rule_dump)
    ok = True
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path in args.files:
            ok = process(path, args, pool) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
