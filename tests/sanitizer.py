# SPDX-License-Identifier: GPL-2.0-or-later
"""Sanitizer and valgrind reports in what iptnft printed (tests/README.md).

An ASan/UBSan build (./configure --enable-asan) stops at the first error
and exits with SAN_EXIT (tests/run-all sets exitcode= in ASAN_OPTIONS and
UBSAN_OPTIONS, see environ()); the valgrind mode of the differential
suite exits with VG_EXIT.  finding() tells a harness that one of those
happened, whatever else the test compares, so that a memory error is
never taken for an ordinary difference or hidden by an XFAIL entry.
"""

import re

SAN_EXIT = 86
VG_EXIT = 99

# Options the tests need, appended to any the caller set (later ones win):
# stop at the first error, leaks on, an exit status no iptables command uses.
ASAN_OPTIONS = "halt_on_error=1:detect_leaks=1:abort_on_error=0:exitcode=%d" % SAN_EXIT
UBSAN_OPTIONS = "halt_on_error=1:print_stacktrace=1:exitcode=%d" % SAN_EXIT

REPORT = re.compile(
    r"^(==\d+==ERROR: (?:Address|Leak|Memory|Thread)Sanitizer.*"
    r"|.*:\d+(?::\d+)?: runtime error: .*"
    r"|SUMMARY: \w+Sanitizer: .*"
    r"|==\d+== (?!Warning)\S.*)$", re.M)


def environ(base):
    """A copy of the environment mapping base with the sanitizer options."""
    env = dict(base)
    for name, ours in (("ASAN_OPTIONS", ASAN_OPTIONS),
                       ("UBSAN_OPTIONS", UBSAN_OPTIONS)):
        env[name] = env[name] + ":" + ours if env.get(name) else ours
    return env


def finding(rc, stderr):
    """One line saying what went wrong, if rc or stderr show a sanitizer
    or valgrind error; None otherwise."""
    m = REPORT.search(stderr or "")
    if m:
        return m.group(1).strip()
    if rc == SAN_EXIT:
        return "exit status %d (sanitizer error)" % rc
    if rc == VG_EXIT:
        return "exit status %d (valgrind error)" % rc
    if isinstance(rc, int) and rc < 0:
        return "killed by signal %d" % -rc
    return None
