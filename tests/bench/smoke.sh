#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The benchmark's smoke test, run by `make check` (tests/run-all): the demo
# (tests/bench/demo.sh) on small kube-proxy rulesets, IPv4 and IPv6:
# restore, save, a --noflush update, every rule in the kernel, and save
# output identical to iptables-nft's for the same input; and the benchmark
# itself (tests/bench/run --quick) at a small size, every tool and
# operation, which must all succeed (no timing is checked); and the single
# commands of tests/bench/commands, whose output and status must equal
# iptables-nft's.  Seconds.
#
#   tests/bench/smoke.sh [-v]        -v: the demo's whole output
#
# Prints ok/FAIL/xfail lines (expected failures: tests/bench/XFAIL, rules
# in tests/lib.sh) and a last line "N passed, N failed[, N skipped]".
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
[ "${1:-}" = -v ] && t_verbose=yes
. "$here/../lib.sh"
t_init "$here/XFAIL"

demo() {
	local name=$1 out status
	shift
	out=$(bash "$here/demo.sh" "$@" 2>&1)
	status=$?
	t_result "$name" $status "demo.sh $*"$'\n'"$out"
}

bench() {
	local name=$1 out status
	shift
	out=$(python3 "$here/run" --quick "$@" 2>&1)
	status=$?
	t_result "$name" $status "run --quick $*"$'\n'"$out"
}

demo demo-ipv4 --services 300 --endpoints 2
demo demo-ipv6 --services 300 --endpoints 2 --family 6
bench bench-run --sizes 200
out=$(python3 "$here/commands" --check 2>&1)
t_result bench-commands $? "commands --check"$'\n'"$out"
t_finish
