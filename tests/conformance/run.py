#!/usr/bin/env python3
"""Runner for upstream iptables rule-syntax conformance files (t/*.t).

The file format is described in ../shared/conformance/README.md.  Every
file runs in a fresh network namespace: the runner re-executes itself as
`unshare -n run.py --inner FILE` and never touches the host's rules.
Python 3 standard library only.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_TOP = Path(__file__).resolve().parents[2]
DEFAULT_DIR = REPO_TOP.parent / "shared" / "conformance" / "t"
DEFAULT_MULTI = REPO_TOP / "src" / "iptnft"
sys.path.insert(0, str(REPO_TOP / "tests"))
sys.dont_write_bytecode = True
import sanitizer  # noqa: E402
RESULTS = ("OK", "FAIL", "NOMATCH")
OPPOSITE = {"OK": "FAIL", "FAIL": "OK", "NOMATCH": "OK"}
BATCH_CHAIN_ORDER = ("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING")
THROUGH_BINARY = ("iptables ", "ip6tables ", "ebtables ", "arptables ")
COUNTERS_RE = re.compile(
    r"(?:^|\s)(?:-c|--set-counters)\s+(?:\S+,\S+|\S+\s+\S+)(?=\s|$)")


# ---------------------------------------------------------------- parsing

@dataclass
class Setup:
    lineno: int
    command: str


@dataclass
class RuleLine:
    lineno: int
    rule: str
    saved: str
    result: str
    chains: list
    table: str
    error: str = ""


@dataclass
class TestFile:
    name: str
    steps: list = field(default_factory=list)
    batch_table: str = ""   # set when the file qualifies for the batch form

    @property
    def rules(self):
        return [s for s in self.steps if isinstance(s, RuleLine)]


def frontends_for(name):
    if name.startswith("libip6t_"):
        return ["ip6tables"]
    if name.startswith("libxt_"):
        return ["iptables", "ip6tables"]
    return ["iptables"]


def resolve_result(fields):
    """RESULT as it applies to the nft variant."""
    result = fields[2].strip()
    variant = fields[3].strip() if len(fields) > 3 else ""
    if variant in ("", "NFT"):
        return result
    if len(fields) > 4:
        alt = fields[4].strip()
        return alt if alt in ("OK", "FAIL") else "NOMATCH"
    return OPPOSITE.get(result, result)


def parse_rule(lineno, text, chains, table):
    fields = text.split(";")
    rule = RuleLine(lineno, fields[0], "", "", list(chains), table)
    if not chains:
        rule.error = "broken file: rule line before any ':' line"
    elif len(fields) < 3:
        rule.error = "broken line: fewer than 3 ';'-separated fields"
    else:
        rule.saved = fields[0] if fields[1] == "=" else fields[1]
        rule.result = resolve_result(fields)
        if rule.result not in RESULTS:
            rule.error = f"broken line: unknown result {rule.result!r}"
    return rule


def parse_file(path):
    tf = TestFile(Path(path).name)
    chains, table = [], ""
    batch_ok, table_count = True, 0
    for lineno, line in enumerate(Path(path).read_text().splitlines(), 1):
        if not line or line[0] == "#":
            continue
        kind, rest = line[0], line[1:]
        if kind == ":":
            chains = rest.strip().split(",")
        elif kind == "*":
            table = rest.strip()
            table_count += 1
            batch_ok = batch_ok and not tf.rules
        elif kind in "@%":
            tf.steps.append(Setup(lineno, rest.strip()))
            batch_ok = False
        else:
            tf.steps.append(parse_rule(lineno, line, chains, table))
            batch_ok = batch_ok and len(line.split(";")) <= 3
    if batch_ok and table_count <= 1:
        tf.batch_table = table or "filter"
    return tf


# --------------------------------------------------------------- commands

@dataclass
class Outcome:
    status: object   # exit status, negative for a signal, None on timeout
    out: str = ""
    err: str = ""

    @property
    def memory_error(self):
        """A sanitizer report (an --enable-asan build), or None."""
        if self.status is None or self.status < 0:
            return None
        return sanitizer.finding(self.status, self.err)

    @property
    def crashed(self):
        return (self.status is None or self.status < 0
                or self.memory_error is not None)

    @property
    def ok(self):
        return self.status == 0

    def describe(self):
        if self.memory_error:
            return f"memory error: {self.memory_error}"
        if self.status is None:
            return "timed out"
        if self.status < 0:
            return f"killed by signal {-self.status}"
        return f"exit status {self.status}"


def run_cmd(argv, env, timeout, stdin_text=None):
    proc = subprocess.Popen(
        argv, env=env, start_new_session=True, text=True, errors="replace",
        stdin=subprocess.DEVNULL if stdin_text is None else subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(stdin_text, timeout=timeout)
        return Outcome(proc.returncode, out, err)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return Outcome(None, out, err)


class Frontend:
    """One front-end (iptables or ip6tables) of the binary under test."""

    def __init__(self, multi, name, timeout):
        self.multi, self.name, self.timeout = multi, name, timeout
        self.env = dict(sanitizer.environ(os.environ), XT_MULTI=multi)

    def shell(self, script):
        return run_cmd(["/bin/sh", "-c", script], self.env, self.timeout)

    def xt(self, words):
        """`$XT_MULTI WORDS` through a shell; exec keeps signals visible."""
        return self.shell(f'exec "$XT_MULTI" {words}')

    def save(self):
        return run_cmd([self.multi, f"{self.name}-save"], self.env,
                       self.timeout)

    def restore(self, text):
        return run_cmd([self.multi, f"{self.name}-restore"], self.env,
                       self.timeout, stdin_text=text)

    def setup(self, command):
        if command.startswith(THROUGH_BINARY):
            self.xt(command)
        else:
            self.shell(command)


# ------------------------------------------------------------ unit checks

def table_lines(save_out, table):
    """The lines of one table's section of a save dump."""
    lines, inside = [], False
    for line in save_out.splitlines():
        if line.startswith("*"):
            inside = line[1:] == table
        elif inside:
            lines.append(line)
    return lines


def chain_lines(save_out, table, chains):
    prefixes = tuple(f"-A {c} " for c in chains)
    return [l for l in table_lines(save_out, table) if l.startswith(prefixes)]


def stderr_summary(err):
    """The first two telling lines of an error message, on one line."""
    lines = [l.strip() for l in err.splitlines()
             if l.strip() and not l.startswith("Try `")]
    return " / ".join(lines[:2])[:200]


def failure(reason, command, expected, outcome=None, actual=(), got="",
            chain="", actual_label="actual"):
    """Details of a failing unit. `got` is a one-line summary of what
    happened instead (the rule as saved, or the error message)."""
    stderr = outcome.err.strip() if outcome else ""
    if not got:
        got = actual[-1] if actual else stderr_summary(stderr)
    return {"reason": reason, "command": command, "expected": expected,
            "got": got, "chain": chain, "actual": list(actual),
            "actual_label": actual_label, "stderr": stderr}


def expectation(result, chain, line):
    return {"OK": line, "FAIL": f"(rejected in {chain})",
            "NOMATCH": f"(absent) {line}"}[result]


def check_chain(fe, rl, chain):
    """Check one rule line in one chain; None when it passes."""
    target = f"{chain} -t {rl.table}" if rl.table else chain
    add = f"{fe.name} -A {target} {rl.rule}"
    delete = f"{fe.name} -D {target} {COUNTERS_RE.sub('', rl.rule).strip()}"
    line = f"-A {chain} {rl.saved}"

    def fail(reason, outcome=None, save=None):
        table = rl.table or "filter"
        actual = chain_lines(save.out, table, [chain]) if save else ()
        return failure(reason, add, expectation(rl.result, chain, line),
                       outcome, actual, chain=chain)

    added = fe.xt(add)
    if added.crashed:
        return fail(f"{fe.name} {added.describe()}", added)
    if not added.ok:
        return None if rl.result == "FAIL" else fail("cannot load", added)
    save = fe.save()
    if rl.result == "FAIL":
        fe.xt(delete)
        return fail("should fail but was accepted", added, save)
    if not save.ok:
        return fail(f"{fe.name}-save {save.describe()}", save)
    found = f"\n{line}\n" in save.out
    if not found:
        if rl.result == "NOMATCH":
            return None
        fe.xt(delete)
        return fail("not found in save output", added, save)
    if rl.result == "NOMATCH":
        fe.xt(delete)
        return fail("found in save output but must not be", added, save)
    deleted = fe.xt(delete)
    if not deleted.ok:
        return fail(f"delete failed ({deleted.describe()}): {delete}", deleted)
    return None


def unit(tf, fe, lineno, rule, fail=None):
    return {"file": tf.name, "line": lineno, "frontend": fe.name,
            "rule": rule, "passed": fail is None, **(fail or {})}


def run_rule_line(tf, fe, rl):
    if rl.error:
        return unit(tf, fe, rl.lineno, rl.rule, failure(rl.error, "", ""))
    for chain in rl.chains:
        fail = check_chain(fe, rl, chain)
        if fail:
            return unit(tf, fe, rl.lineno, rl.rule, fail)
    return unit(tf, fe, rl.lineno, rl.rule)


def batch_rules(tf):
    """(chain, RuleLine) for every OK line, in the batch chain order."""
    pairs = [(c, r) for r in tf.rules if r.result == "OK" and not r.error
             for c in r.chains]
    order = {c: i for i, c in enumerate(BATCH_CHAIN_ORDER)}
    return sorted(pairs, key=lambda p: order.get(p[0], len(order)))


def run_batch(tf, fe):
    pairs = batch_rules(tf)
    text = (f"*{tf.batch_table}\n"
            + "".join(f"-A {c} {r.rule}\n" for c, r in pairs) + "COMMIT\n")
    expected = [f"-A {c} {r.saved}" for c, r in pairs]
    label = f"batch: {len(pairs)} OK rules via {fe.name}-restore"
    command = f"{fe.name}-restore  # *{tf.batch_table}, {len(pairs)} rules"

    def fail(reason, outcome=None, save=None, missing="(restore succeeds)"):
        diff = []
        if save:
            actual = chain_lines(save.out, tf.batch_table,
                                 {c for c, _ in pairs})
            diff = list(difflib.unified_diff(expected, actual, n=1,
                                             lineterm=""))[2:]
        got = next((d[1:] for d in diff if d.startswith("+")), "")
        return unit(tf, fe, "batch", label,
                    failure(reason, command, missing, outcome, diff, got,
                            actual_label="diff"))

    restored = fe.restore(text)
    if not restored.ok:
        return fail(f"{fe.name}-restore {restored.describe()}", restored)
    save = fe.save()
    if not save.ok:
        return fail(f"{fe.name}-save {save.describe()}", save)
    if expected and "\n" + "\n".join(expected) + "\n" not in save.out:
        missing = [e for e in expected if f"\n{e}\n" not in save.out]
        if not missing:
            return fail("lines present but not in order/adjacent", None, save,
                        "(the lines in order, adjacent)")
        return fail(f"{len(missing)} of {len(expected)} lines not found",
                    None, save, missing[0])
    return unit(tf, fe, "batch", label)


def run_file(path, multi, timeout):
    """Run one file in the current (fresh) namespace; list of unit dicts."""
    tf = parse_file(path)
    names = frontends_for(tf.name)
    units = []
    for name in names:
        fe = Frontend(multi, name, timeout)
        for step in tf.steps:
            if isinstance(step, Setup):
                fe.setup(step.command)
            else:
                units.append(run_rule_line(tf, fe, step))
    if tf.batch_table:
        units += [run_batch(tf, Frontend(multi, n, timeout)) for n in names]
    return units


# ------------------------------------------------------------ outer level

def current_netns():
    return os.readlink("/proc/self/ns/net")


def run_isolated(path, args):
    """Re-run this script for one file inside `unshare -n`."""
    cmd = ["unshare", "-n", sys.executable, str(Path(__file__).resolve()),
           "--inner", str(path), "--multi", args.multi,
           "--timeout", str(args.timeout), "--outer-netns", current_netns()]
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          errors="replace")
    if proc.returncode == 0:
        try:
            return json.loads(proc.stdout)
        except json.JSONDecodeError:
            pass
    reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return [{"file": Path(path).name, "line": 0, "frontend": "-",
             "rule": "(whole file)", "passed": False,
             **failure(f"runner error: {reason}", " ".join(cmd), "")}]


def format_failure(u):
    out = [f"  {u['file']}:{u['line']} [{u['frontend']}] {u['reason']}"]
    if u["command"]:
        out.append(f"    command:  {u['command']}")
    for label, text in (("expected", u["expected"]),
                        (u["actual_label"],
                         "\n".join(u["actual"]) or "(no lines)"),
                        ("stderr", u["stderr"])):
        for i, piece in enumerate(text.splitlines()):
            out.append(f"    {label + ':' if i == 0 else '':<10}{piece}")
    return "\n".join(out)


def md_cell(text):
    """A table cell; text other than notes in (...) as a code span."""
    text = str(text).replace("|", "\\|").replace("\n", "<br>")
    if not text or text.startswith("("):
        return text
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def write_failures_md(path, units, multi):
    failed = [u for u in units if not u["passed"]]
    lines = [
        "# Conformance failures", "",
        f"Binary: `{multi}`. {len(units) - len(failed)} passed, "
        f"{len(failed)} failed (generated by `tests/conformance/run.py`).", "",
        "| File | Line | Front-end | Rule | Expected | Got | Reason |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for u in failed:
        cells = [u["file"], u["line"], u["frontend"], md_cell(u["rule"]),
                 md_cell(u["expected"]), md_cell(u["got"]),
                 u["reason"].replace("|", "\\|")]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    Path(path).write_text("\n".join(lines) + "\n")


def select_files(directory, names):
    files = sorted(Path(directory).glob("*.t"))
    if names:
        wanted = {Path(n).name for n in names}
        unknown = wanted - {f.name for f in files}
        if unknown:
            sys.exit(f"error: not in {directory}: {' '.join(sorted(unknown))}")
        files = [f for f in files if f.name in wanted]
    return files


def summary(passed, failed, skipped=0):
    text = f"{passed} passed, {failed} failed"
    return text + (f", {skipped} skipped" if skipped else "")


def unit_id(u):
    """A unit's name in the baseline: FILE:LINE:FRONTEND (LINE may be batch)."""
    return f"{u['file']}:{u['line']}:{u['frontend']}"


def read_baseline(path):
    ids = set()
    if not Path(path).exists():
        print(f"note: no baseline {path} yet: every unit is new")
        return ids
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            ids.add(line)
    return ids


def baseline_order(uid):
    name, line, frontend = uid.split(":")
    return (name, frontend, int(line) if line.isdigit() else 1 << 30)


def write_baseline(path, units):
    ids = sorted({unit_id(u) for u in units if u["passed"]}, key=baseline_order)
    Path(path).write_text(
        "# Conformance units that pass: `make check` fails if one of them\n"
        "# fails.  One FILE:LINE:FRONTEND per line (LINE \"batch\" is the\n"
        "# restore form).  Regenerate after an improvement with:\n"
        "#   tests/conformance/run.py --write-baseline tests/conformance/baseline.txt\n"
        + "".join(i + "\n" for i in ids))
    print(f"wrote {len(ids)} passing units to {path}")


def ratchet(units, baseline_path):
    """Compare with the baseline; print what changed; return the counts
    (passed, failed, skipped): failed = baseline units that fail now, and
    crashes, hangs and runner errors anywhere; skipped = the other failing
    units (known failures: not in the baseline)."""
    baseline = read_baseline(baseline_path)
    ran = {unit_id(u) for u in units}
    passed = failed = skipped = 0
    new = []
    for u in units:
        uid = unit_id(u)
        if u["passed"]:
            passed += 1
            if uid not in baseline:
                new.append(uid)
        elif uid in baseline:
            failed += 1
            print(f"REGRESSION {uid} (in the baseline):")
            print(format_failure(u))
        elif any(w in u["reason"] for w in ("killed by signal", "timed out",
                                             "runner error", "memory error")):
            failed += 1
            print(f"CRASH {uid}:")
            print(format_failure(u))
        else:
            skipped += 1
    if new:
        print(f"{len(new)} units pass that are not in the baseline yet:")
        for uid in new[:30]:
            print(f"  new {uid}")
        if len(new) > 30:
            print(f"  ... and {len(new) - 30} more")
        print("  record them: tests/conformance/run.py --write-baseline "
              f"{baseline_path}")
    absent = baseline - ran
    if absent:
        print(f"note: {len(absent)} baseline units were not run "
              "(their files are not in the conformance directory)")
    print(f"baseline {baseline_path}: {len(baseline)} units; "
          f"{skipped} known failures not in it")
    return passed, failed, skipped


def run_all(args):
    files = select_files(args.dir, args.files)
    all_units = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, units in zip(files, pool.map(
                lambda p: run_isolated(p, args), files)):
            passed = sum(u["passed"] for u in units)
            print(f"{path.name}: {passed}/{len(units)}", flush=True)
            if args.verbose:
                for u in units:
                    if not u["passed"]:
                        print(format_failure(u), flush=True)
            all_units += units
    if args.list_failures:
        write_failures_md(args.list_failures, all_units, args.multi)
    if args.write_baseline:
        write_baseline(args.write_baseline, all_units)
    if args.baseline:
        passed, failed, skipped = ratchet(all_units, args.baseline)
        print(summary(passed, failed, skipped))
        return 1 if failed else 0
    passed = sum(u["passed"] for u in all_units)
    failed = len(all_units) - passed
    print(summary(passed, failed))
    return 1 if failed and not args.report_only else 0


def inner_main(args):
    if args.outer_netns in (None, current_netns()):
        sys.exit("refusing to run: not in a fresh network namespace")
    json.dump(run_file(args.inner, args.multi, args.timeout), sys.stdout)
    return 0


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="*", help="only these .t files (names)")
    p.add_argument("--multi", default=os.environ.get("XT_MULTI",
                                                     str(DEFAULT_MULTI)),
                   help="multi-call binary under test (default: $XT_MULTI "
                        "or src/iptnft)")
    p.add_argument("--dir", default=str(DEFAULT_DIR),
                   help="directory of .t files (default: %(default)s)")
    p.add_argument("--jobs", "-j", type=int, default=2,
                   help="files run in parallel (default: %(default)s)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds per command (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--list-failures", metavar="FILE",
                   help="write failing units as Markdown to FILE")
    p.add_argument("--report-only", action="store_true",
                   help="exit 0 even when units fail")
    p.add_argument("--baseline", metavar="FILE",
                   help="ratchet: fail only if a unit listed in FILE fails "
                        "(or anything crashes); other failures count as "
                        "skipped, new passes are reported")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="write the units that pass to FILE")
    p.add_argument("--inner", help=argparse.SUPPRESS)
    p.add_argument("--outer-netns", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.multi = os.path.abspath(args.multi)
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.inner:
        return inner_main(args)
    if not Path(args.dir).is_dir():
        print("skipped: ../shared/conformance not found")
        print(summary(0, 0, 1))
        return 0
    if not os.access(args.multi, os.X_OK):
        sys.exit(f"error: binary under test not found: {args.multi}")
    if os.geteuid() != 0:
        sys.exit("error: must run as root (each file runs under unshare -n)")
    return run_all(args)


if __name__ == "__main__":
    sys.exit(main())
