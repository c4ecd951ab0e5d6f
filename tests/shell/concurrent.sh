#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# N writers at once in one namespace, each a mix of iptables-restore
# --noflush blocks, -A, -I, -D, -N, -F and -X on chains of its own and on
# one chain they all share, for a bounded number of iterations; then the
# same writers one after the other, run by the oracle in a fresh namespace.
# The two final rulesets must be equal (the shared chain as a multiset:
# its order depends on who came first), no command may fail, crash
# (exit >= 128) or hang (timeout).
#
# Modes: "ours" (every writer is iptnft) and "mixed" (writers alternate
# between iptnft and the oracle, xtables-nft-multi, in the same namespace).
#
#   tests/shell/concurrent.sh [-v] [ITERATIONS] [WRITERS]   (20, 4)
#
# Runs in a private network namespace (it re-executes itself under
# "unshare -n").  IPTNFT=path selects the binary (default src/iptnft),
# ORACLE= the oracle.  Ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
IPTNFT=${IPTNFT:-$top/src/iptnft}
ORACLE=${ORACLE:-xtables-nft-multi}
export IPTNFT ORACLE

. "$top/tests/lib.sh"

[ "${1:-}" = -v ] && { t_verbose=yes; shift; }
ITER=${1:-20}
WRITERS=${2:-4}
TIMEOUT=${TIMEOUT:-300}

t_netns_exec CONCURRENT_NS oracle "$0" "$@"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run BIN LOG ARGS...: one command; a failure is logged with its output
run() {
	local bin=$1 log=$2 rc
	shift 2
	"$bin" "$@" > "$log.out" 2>&1
	rc=$?
	if [ $rc != 0 ]; then
		echo "exit $rc: $*: $(head -c 300 "$log.out")" >> "$log"
	fi
}

# writer K BIN: its operations, ITER times.  What stays at the end does
# not depend on how writers interleave:
#   RK$K     declared again by each restore: only the last rule;
#   SHARED   every restore's rule (one per iteration), the last -I'd rule
#            (each iteration deletes the previous one) and the jump to the
#            last CK$K_i (the previous chain is unlinked and deleted);
#   OWN$K    one rule per iteration, appended: all of them, in order.
writer() {
	local k=$1 bin=$2 log=$work/log.$1 i p
	for ((i = 1; i <= ITER; i++)); do
		p=$((i - 1))
		printf '*filter\n:RK%d - [0:0]\n-A RK%d -s 10.%d.%d.1/32 -j RETURN\n-A SHARED -s 10.%d.%d.2/32 -j RETURN\nCOMMIT\n' \
			$k $k $k $i $k $i > "$work/in.$k"
		run "$bin" "$log" iptables-restore --noflush "$work/in.$k"
		run "$bin" "$log" iptables -N "CK${k}_$i"
		run "$bin" "$log" iptables -A "CK${k}_$i" -s 10.$k.$i.6 -j RETURN
		run "$bin" "$log" iptables -A SHARED -s 10.$k.$i.3 -j "CK${k}_$i"
		run "$bin" "$log" iptables -I SHARED 1 -s 10.$k.$i.4 -j RETURN
		run "$bin" "$log" iptables -A "OWN$k" -s 10.$k.$i.5 -j ACCEPT
		if [ $p -gt 0 ]; then
			run "$bin" "$log" iptables -D SHARED -s 10.$k.$p.3 -j "CK${k}_$p"
			run "$bin" "$log" iptables -F "CK${k}_$p"
			run "$bin" "$log" iptables -X "CK${k}_$p"
			run "$bin" "$log" iptables -D SHARED -s 10.$k.$p.4 -j RETURN
		fi
	done
}

setup() {
	local bin=$1 k
	nft flush ruleset
	"$bin" iptables -N SHARED
	"$bin" iptables -A SHARED -s 192.0.2.0/24 -j ACCEPT
	"$bin" iptables -A INPUT -j SHARED
	for ((k = 1; k <= WRITERS; k++)); do
		"$bin" iptables -N "OWN$k"
		"$bin" iptables -A INPUT -j "OWN$k"
	done
}

# the final ruleset, SHARED sorted (a multiset), the rest as listed
final() {
	local bin=$1
	"$bin" iptables -S | grep -v '^-A SHARED' | grep -v '^-N'
	"$bin" iptables -S | grep '^-N' | sort
	"$bin" iptables -S SHARED | sort
}

# the serial result: the oracle, writer after writer, fresh namespace
unshare -n bash -c '
	'"$(declare -f run writer setup final)"'
	ITER='"$ITER"' WRITERS='"$WRITERS"' work='"$work"'
	setup "$ORACLE"
	for ((k = 1; k <= WRITERS; k++)); do
		writer $k "$ORACLE"
	done
	final "$ORACLE" > "$work/serial"
	cat "$work"/log.[0-9]* > "$work/serial.errors" 2>/dev/null
	rm -f "$work"/log.*'
t_result serial-oracle "$([ -s "$work/serial.errors" ] && echo 1 || echo 0)" \
	"$(cat "$work/serial.errors")"

for mode in ours mixed; do
	setup "$IPTNFT"
	pids=()
	for ((k = 1; k <= WRITERS; k++)); do
		bin=$IPTNFT
		[ $mode = mixed ] && [ $((k % 2)) = 0 ] && bin=$ORACLE
		timeout "$TIMEOUT" bash -c "$(declare -f run writer)
			ITER=$ITER work=$work
			writer $k $bin" &
		pids+=($!)
	done
	status=()
	for pid in "${pids[@]}"; do
		wait "$pid"
		status+=($?)
	done
	hung=""
	for ((k = 1; k <= WRITERS; k++)); do
		[ "${status[$((k - 1))]}" = 124 ] && hung="$hung writer $k timed out;"
	done
	t_result "$mode-no-hang" "$([ -z "$hung" ] && echo 0 || echo 1)" "$hung"
	errors=$(cat "$work"/log.[0-9]* 2>/dev/null)
	crashes=$(grep -E '^exit (1[2-9][0-9]|2[0-9][0-9])' "$work"/log.[0-9]* 2>/dev/null)
	t_result "$mode-no-crash" "$([ -z "$crashes" ] && echo 0 || echo 1)" "$crashes"
	t_result "$mode-no-failure" "$([ -z "$errors" ] && echo 0 || echo 1)" "$errors"
	final "$IPTNFT" > "$work/got.$mode"
	final "$ORACLE" > "$work/got.$mode.oracle"
	if cmp -s "$work/serial" "$work/got.$mode"; then
		t_result "$mode-equals-serial" 0 "$(wc -l < "$work/got.$mode") lines"
	else
		t_result "$mode-equals-serial" 1 "$(diff -u "$work/serial" "$work/got.$mode")"
	fi
	# read back by the oracle too: the same
	t_result "$mode-oracle-reads-same" \
		"$(cmp -s "$work/got.$mode" "$work/got.$mode.oracle" && echo 0 || echo 1)" \
		"$(diff -u "$work/got.$mode" "$work/got.$mode.oracle")"
	rm -f "$work"/log.*
done

t_finish
