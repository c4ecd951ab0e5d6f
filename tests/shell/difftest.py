#!/usr/bin/env python3
"""Differential tests of iptnft against the oracle, Debian's iptables-nft 1.8.9.

Each case file (format: README.md) is run once per tool, each run in a fresh
network namespace: this script re-executes itself as `unshare -n difftest.py
--inner`, which runs the steps and prints a JSON record per step (exit code,
stdout, stderr and the kernel state after the step).  The records of the two
runs are then compared step by step; the first difference is shown as a
unified diff.

Modes:
  diff (default)   oracle vs ours
  --self           oracle vs oracle: proves a case valid and deterministic
  --interop        write with one tool and read with the other: every read
                   step (-L, -S, -C, *-save) is run by both tools on the state
                   the writer made, plus a final iptables-save/ip6tables-save;
                   both directions (oracle->ours and ours->oracle)

Expected failures: the XFAIL file (default: XFAIL next to this script) lists
tests that fail for a known reason, one per line: `CASE[:MODE]  reason`, MODE
one of diff, oracle->ours, ours->oracle (no MODE: every mode of the case).
Such a test still runs; when it fails it is reported `xfail` (no diff unless
--show-xfail) and counted as skipped.  An entry none of whose tests fails is
reported `XPASS` and counted as failed, so the list stays honest.

Memory errors: when iptnft's exit status or stderr in any step shows a
sanitizer report (an --enable-asan build) or a valgrind error, the test is
reported `FAIL ... (memory error: ...)` whatever the XFAIL file says.
IPTNFT_VALGRIND=1 runs every iptnft command under valgrind (through
tests/valgrind-iptnft; the oracle runs as it is).
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # keep the source tree clean
import nfdump  # noqa: E402
import sanitizer  # noqa: E402

TOOLS = ("iptables", "ip6tables", "iptables-save", "ip6tables-save",
         "iptables-restore", "ip6tables-restore")
ENV = dict(sanitizer.environ(os.environ), LC_ALL="C", TZ="UTC")
VALGRIND = os.environ.get("IPTNFT_VALGRIND", "") not in ("", "0")
STEP_TIMEOUT = 600 if VALGRIND else 60
FINAL_PROBES = (["iptables-save", "-c"], ["ip6tables-save", "-c"])

# ---------------------------------------------------------------- case files


def parse_case(path):
    """Return the steps of a case file as dicts {line, text, argv, stdin}.

    argv[0] is a tool name from TOOLS, "!nft" for an nft script whose text
    is stdin, "!ipset" followed by ipset's arguments, or "!legacy" followed
    by xtables-legacy-multi's (legacy x_tables state).  A trailing `<<WORD`
    makes the following lines, up to a line
    WORD, the step's standard input."""
    steps = []
    with open(path) as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        lineno, text = i + 1, lines[i].strip()
        i += 1
        if not text or text.startswith("#"):
            continue
        stdin = None
        heredoc = re.search(r"\s*<<\s*(\w+)$", text)
        if heredoc:
            text = text[:heredoc.start()]
            if heredoc.group(1) not in lines[i:]:
                raise SyntaxError("%s:%d: no line %r ends the here-document"
                                  % (path, lineno, heredoc.group(1)))
            end = lines.index(heredoc.group(1), i)
            stdin = "".join(line + "\n" for line in lines[i:end])
            i = end + 1
        if text.startswith("!ipset"):
            argv = ["!ipset"] + shlex.split(text[6:])
        elif text.startswith("!legacy"):
            argv = ["!legacy"] + shlex.split(text[7:])
        elif text.startswith("!nft"):
            argv = ["!nft"]
            if stdin is None:
                stdin = text[4:].strip() + "\n"
        else:
            argv = shlex.split(text)
            if argv[0] not in TOOLS:
                raise SyntaxError("%s:%d: unknown tool %r" % (path, lineno, argv[0]))
        steps.append({"line": lineno, "text": text, "argv": argv, "stdin": stdin})
    return steps


def is_read(argv):
    """True if a step only reads the ruleset: *-save, or -L/-S/-C without -Z.

    Short options are scanned as getopt would: letters of a cluster up to the
    first one that takes an argument (`-nvL` is n, v, L; `-ptcp` is p)."""
    if argv[0].endswith("-save"):
        return True
    if argv[0] not in ("iptables", "ip6tables"):
        return False
    longs = {"list": "L", "list-rules": "S", "check": "C", "zero": "Z"}
    commands = set()
    for arg in argv[1:]:
        if arg.startswith("--"):
            name = arg[2:].split("=")[0]
            hits = {c for long, c in longs.items()
                    if long == name or (len(name) >= 3 and long.startswith(name))}
            commands |= hits if len(hits) == 1 or name in longs else set()
        elif arg.startswith("-") and arg != "-":
            for letter in arg[1:]:
                commands.add(letter)
                if letter in "ACDRILSMFZNXEPhopsdjiwWtmcg":
                    break
    return bool(commands & set("LSC")) and not commands & set("ZAIRDFNXEP")

# ------------------------------------------------- inside the namespace


def run(argv, stdin=None):
    """Run argv with stdin (empty if None); return {rc, stdout, stderr}."""
    try:
        p = subprocess.run(argv, input=stdin or "", capture_output=True, text=True,
                           env=ENV, timeout=STEP_TIMEOUT, errors="replace")
        return {"rc": p.returncode, "stdout": p.stdout, "stderr": p.stderr}
    except (OSError, subprocess.TimeoutExpired) as e:
        return {"rc": "exec failed", "stdout": "", "stderr": str(e) + "\n"}


def run_step(multi, step):
    """Run one step with the multi-call binary `multi` (or nft)."""
    if step["argv"][0] == "!nft":
        return run(["nft", "-f", "-"], step["stdin"])
    if step["argv"][0] == "!ipset":
        return run(["ipset"] + step["argv"][1:], step["stdin"])
    if step["argv"][0] == "!legacy":
        return run(["xtables-legacy-multi"] + step["argv"][1:],
                   step["stdin"])
    return run([multi] + step["argv"], step["stdin"])


def kernel_state():
    """The ruleset as nft lists it, as nft's netlink debug shows it, and raw."""
    listing = run(["nft", "list", "ruleset"])
    netlink = run(["nft", "--debug=netlink", "list", "ruleset"])
    try:
        raw = nfdump.dump()
    except (OSError, ValueError) as e:
        raw = "nfdump failed: %s\n" % e
    return {"nft list ruleset": listing["stdout"] + listing["stderr"],
            "nft --debug=netlink list ruleset": netlink["stdout"] + netlink["stderr"],
            "netlink dump": raw}


def inner(args):
    """Run a case in the current (fresh) namespace; print JSON records."""
    records = []
    for step in parse_case(args.case):
        rec = dict(step, **run_step(args.writer, step))
        if not args.reader:
            rec["state"] = kernel_state()
        elif is_read(step["argv"]):
            rec["cross"] = run_step(args.reader, step)
        records.append(rec)
    if args.reader:
        for argv in FINAL_PROBES:
            probe = {"line": "end", "text": " ".join(argv), "argv": argv, "stdin": None}
            rec = dict(probe, **run_step(args.writer, probe))
            rec["cross"] = run_step(args.reader, probe)
            records.append(rec)
    json.dump(records, sys.stdout)

# ------------------------------------------------------- outside: compare


def spawn(case, writer, reader=None):
    """Run a case in a fresh namespace; return its records (or raise)."""
    argv = ["unshare", "-n", sys.executable, os.path.abspath(__file__),
            "--inner", "--writer", writer, os.path.abspath(case)]
    if reader:
        argv[-1:-1] = ["--reader", reader]
    with tempfile.TemporaryDirectory() as cwd:
        p = subprocess.run(argv, capture_output=True, text=True, cwd=cwd)
    if p.returncode:
        raise RuntimeError("inner run failed (%d):\n%s" % (p.returncode, p.stderr))
    return json.loads(p.stdout)


GENERATED = re.compile(r"^# Generated by .* on .*$", re.M)
COMPLETED = re.compile(r"^# Completed on .*$", re.M)
MANAGED = re.compile(r"^# Warning: table \S+ \S+ is managed by iptables-nft, do not touch!\n", re.M)
# "family table chain handle [handle of the previous rule]"
RULE_HEADER = re.compile(r"^((?:ip|ip6|inet|arp|bridge|netdev) \S+ \S+)(?: \d+){1,2}$", re.M)


def normalise(text):
    """Apply the only allowed normalisations (see README.md)."""
    text = GENERATED.sub("# Generated by <TOOL> on <DATE>", text)
    text = COMPLETED.sub("# Completed on <DATE>", text)
    text = MANAGED.sub("", text)
    return RULE_HEADER.sub(r"\1 <HANDLE>", text)


def render(rec, result, with_state=True):
    """One step's observable result as text: exit code, output, kernel state."""
    parts = ["### line %s: %s" % (rec["line"], rec["text"]),
             "--- exit code", str(result["rc"]),
             "--- stdout", result["stdout"],
             "--- stderr", result["stderr"]]
    if with_state and "state" in rec:
        for name, text in rec["state"].items():
            parts += ["--- " + name, text]
    return normalise("\n".join(parts)).splitlines(keepends=True)


def first_difference(pairs, names):
    """Unified diff of the first pair of renderings that differ, else None."""
    for a, b in pairs:
        if a != b:
            return a[0] + "".join(difflib.unified_diff(a, b, *names))
    return None


def compare_runs(recs_a, recs_b, names):
    """Diff of the first step whose result differs between two runs."""
    if len(recs_a) != len(recs_b):
        return "runs have %d and %d steps\n" % (len(recs_a), len(recs_b))
    return first_difference(((render(a, a), render(b, b)) for a, b in zip(recs_a, recs_b)), names)


def compare_cross(recs, names):
    """Diff of the first read step whose result differs between the tools."""
    return first_difference(((render(r, r, False), render(r, r["cross"], False))
                             for r in recs if "cross" in r), names)

# ------------------------------------------------------------------- main


def memory_error(recs, key=None):
    """The first sanitizer/valgrind finding in iptnft's results, as text
    (the step, what was found, iptnft's stderr), or None.  key: None for
    the step's own result, "cross" for the reader's."""
    for rec in recs:
        if rec["argv"][0].startswith("!"):
            continue
        res = rec.get(key) if key else rec
        if not res:
            continue
        what = sanitizer.finding(res["rc"], res["stderr"])
        if what:
            return "memory error: %s\n### line %s: %s\n--- exit code %s\n--- stderr\n%s" % (
                what, rec["line"], rec["text"], res["rc"], res["stderr"])
    return None


def check(case, mode, oracle, ours):
    """Run one test; return (the diff of its first mismatch or None,
    a memory error of iptnft or None)."""
    parse_case(case)  # report a malformed case here, not from the namespace
    if mode == "self":
        return compare_runs(spawn(case, oracle), spawn(case, oracle), ("oracle", "oracle again")), None
    if mode == "diff":
        recs = spawn(case, ours)
        return (compare_runs(spawn(case, oracle), recs, ("oracle", "iptnft")),
                memory_error(recs))
    writer, reader, names = {
        "oracle->ours": (oracle, ours, ("written+read by oracle", "read by iptnft")),
        "ours->oracle": (ours, oracle, ("written+read by iptnft", "read by oracle")),
    }[mode]
    recs = spawn(case, writer, reader)
    return (compare_cross(recs, names),
            memory_error(recs, "cross" if writer == oracle else None))


def label(case, mode):
    name = os.path.splitext(os.path.basename(case))[0]
    return name if mode in ("self", "diff") else "%s [interop %s]" % (name, mode)


def guarded(case, mode, oracle, ours):
    """check(), with a broken case or harness reported as a failure."""
    try:
        return check(case, mode, oracle, ours)
    except Exception as e:
        return "error: %s\n" % e, None


def show(cases, oracle, with_state):
    """Print what the oracle does for each step of the cases."""
    for case in cases:
        for rec in spawn(case, oracle):
            print("".join(render(rec, rec, with_state)))
    return 0


def default_cases():
    cases_dir = os.path.join(HERE, "cases")
    return sorted(os.path.join(cases_dir, f) for f in os.listdir(cases_dir) if f.endswith(".t"))


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases", nargs="*", help="case files (default: cases/*.t)")
    ap.add_argument("--self", action="store_true", help="oracle vs oracle")
    ap.add_argument("--interop", action="store_true", help="write with one tool, read with the other")
    ap.add_argument("--both", action="store_true", help="diff and interop")
    ap.add_argument("--show", action="store_true",
                    help="print the oracle's results of each step (with -v: and kernel state)")
    ap.add_argument("-v", "--verbose", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--oracle", default=os.environ.get("ORACLE", "xtables-nft-multi"))
    ap.add_argument("--ours", default=os.environ.get("IPTNFT", os.path.join(TOP, "src/iptnft")))
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-q", "--quiet", action="store_true", help="no diffs, only ok/FAIL lines")
    ap.add_argument("--xfail", default=os.path.join(HERE, "XFAIL"),
                    help="expected failures (default: %(default)s)")
    ap.add_argument("--no-xfail", dest="xfail", action="store_const", const=None,
                    help="ignore the XFAIL file: every failure counts")
    ap.add_argument("--show-xfail", action="store_true",
                    help="also print the diffs of expected failures")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--writer", help=argparse.SUPPRESS)
    ap.add_argument("--reader", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if os.sep in args.ours:
        args.ours = os.path.abspath(args.ours)
    if VALGRIND and not args.inner:
        # iptnft through the wrapper (valgrind --error-exitcode=99 ...)
        os.environ["IPTNFT_REAL"] = shutil.which(args.ours) or args.ours
        args.ours = os.path.join(os.path.dirname(HERE), "valgrind-iptnft")
    return args


def select_modes(args):
    if args.self:
        return ["self"]
    if args.interop:
        return ["oracle->ours", "ours->oracle"]
    return ["diff"] + (["oracle->ours", "ours->oracle"] if args.both else [])


def missing_tool(args):
    """Why the tests cannot run here (they are then skipped), or None."""
    for tool in (args.oracle, "unshare", "nft") + (("valgrind",) if VALGRIND else ()):
        if not shutil.which(tool):
            return "%s not found" % tool
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode:
        return "cannot create a network namespace (unshare -n needs root)"
    return None


MODES = ("diff", "oracle->ours", "ours->oracle")


def load_xfail(path):
    """The XFAIL file as {(case, mode or None): [reason, lineno, tests, failures]}."""
    entries = {}
    if not path or not os.path.exists(path):
        return entries
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, reason = line.partition(" ")
            case, _, mode = key.partition(":")
            if mode and mode not in MODES:
                raise SystemExit("%s:%d: unknown mode %r (one of %s)"
                                 % (path, lineno, mode, ", ".join(MODES)))
            if not reason.strip():
                raise SystemExit("%s:%d: %s: give a reason" % (path, lineno, key))
            entries[(case, mode or None)] = [reason.strip(), lineno, 0, 0]
    return entries


def xfail_entry(xfail, case, mode):
    name = os.path.splitext(os.path.basename(case))[0]
    return xfail.get((name, mode)) or xfail.get((name, None))


def xfail_verdicts(xfail, path):
    """XPASS and stale entries (counted as failures): print them, return how many."""
    failed = 0
    for (case, mode), (reason, lineno, tests, failures) in sorted(
            xfail.items(), key=lambda item: item[1][1]):
        key = case + (":" + mode if mode else "")
        if tests and not failures:
            print("XPASS %s (%s): passes now; remove it from %s" % (key, reason, path))
            failed += 1
        elif not os.path.exists(os.path.join(HERE, "cases", case + ".t")):
            print("FAIL %s:%d: XFAIL names %s, which is not a case" % (path, lineno, key))
            failed += 1
    return failed


def run_tests(tests, args, xfail):
    """Run (case, mode) pairs in parallel, print ok/FAIL/xfail lines;
    return the counts (passed, failed, expected failures)."""
    passed = failed = xfailed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(guarded, c, m, args.oracle, args.ours) for c, m in tests]
        for (case, mode), future in zip(tests, futures):
            diff, memerr = future.result()
            entry = xfail_entry(xfail, case, mode)
            if entry:
                entry[2] += 1
            if memerr:
                # never an expected failure, whatever XFAIL says
                if entry and diff is not None:
                    entry[3] += 1
                print("FAIL %s (%s)" % (label(case, mode), memerr.split("\n")[0]))
                failed += 1
                if not args.quiet:
                    print(memerr, end="" if memerr.endswith("\n") else "\n")
                sys.stdout.flush()
                continue
            if diff is None:
                print("ok", label(case, mode))
                passed += 1
            elif entry:
                entry[3] += 1
                print("xfail %s (%s)" % (label(case, mode), entry[0]))
                xfailed += 1
            else:
                print("FAIL", label(case, mode))
                failed += 1
            show = diff is not None and not args.quiet and (not entry or args.show_xfail)
            if show:
                print(diff, end="" if diff.endswith("\n") else "\n")
            sys.stdout.flush()
    return passed, failed, xfailed


def main():
    args = parse_args()
    if args.inner:
        args.case = args.cases[0]
        return inner(args)
    cases = args.cases or default_cases()
    if args.show:
        return show(cases, args.oracle, args.verbose)
    modes = select_modes(args)
    tests = [(c, m) for c in cases for m in modes]
    reason = missing_tool(args)
    if reason:
        print("skip: %s" % reason)
        print("0 passed, 0 failed, %d skipped" % len(tests))
        return 0
    if modes != ["self"] and not shutil.which(args.ours):
        print("iptnft not found at %s: build it first, or set IPTNFT" % args.ours)
        print("0 passed, %d failed" % len(tests))
        return 1
    xfail = load_xfail(args.xfail) if modes != ["self"] else {}
    passed, failed, xfailed = run_tests(tests, args, xfail)
    failed += xfail_verdicts(xfail, args.xfail)
    if xfailed:
        print("%d passed, %d failed, %d skipped" % (passed, failed, xfailed))
    else:
        print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
