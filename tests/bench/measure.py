#!/usr/bin/env python3
"""Run one command and report its wall time and peak memory.

    measure.py [--stdin FILE] [--stdout FILE] [--stderr FILE] -- CMD ARGS...

Prints one line, `rc=N wall=SECONDS maxrss_kb=KB`, and exits 0 (the
command's status is in rc).  Python 3 standard library only.
"""

import argparse
import resource
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stdin")
    ap.add_argument("--stdout")
    ap.add_argument("--stderr")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("no command")
    files = [open(args.stdin, "rb") if args.stdin else subprocess.DEVNULL,
             open(args.stdout, "wb") if args.stdout else subprocess.DEVNULL,
             open(args.stderr, "wb") if args.stderr else None]
    start = time.monotonic()
    try:
        rc = subprocess.run(cmd, stdin=files[0], stdout=files[1],
                            stderr=files[2]).returncode
    except OSError as e:
        print(f"measure.py: {cmd[0]}: {e}", file=sys.stderr)
        rc = 127
    wall = time.monotonic() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"rc={rc} wall={wall:.3f} maxrss_kb={rss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
