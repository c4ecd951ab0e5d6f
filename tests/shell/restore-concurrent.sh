#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Concurrent writers in one namespace: iptables-restore --noflush blocks
# (appends, inserts at a position, deletes by spec, chain flushes), single
# iptables commands and a flushing restore of another table, all at once
# for a bounded number of iterations.  Every one must succeed (a writer
# that loses the race against the generation id starts its block over),
# and the final ruleset must be exactly the expected one: no rule lost,
# none duplicated.
#
#   tests/shell/restore-concurrent.sh [-v] [ITERATIONS] [ROUNDS]
#
# Runs in a private network namespace (it re-executes itself under
# "unshare -n").  IPTNFT=path selects the binary (default src/iptnft),
# KEEP_WORK=dir keeps the inputs and logs.  Ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
IPTNFT=${IPTNFT:-$top/src/iptnft}
export IPTNFT

. "$top/tests/lib.sh"

[ "${1:-}" = -v ] && { t_verbose=yes; shift; }
ITER=${1:-25}
ROUNDS=${2:-3}
RESTORERS=4
COMMANDERS=2

t_netns_exec RESTORE_CONCURRENT_NS no-oracle "$0" "$@"

# KEEP_WORK=dir keeps the writers' inputs and logs there
if [ -n "${KEEP_WORK:-}" ]; then
	work=$KEEP_WORK
	mkdir -p "$work"
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi

# A --noflush writer: its own chain declared again (emptied) each time,
# and in the shared chain one appended and one inserted rule that replace
# those of its previous iteration.
restorer() {
	local k=$1 i prev
	for ((i = 1; i <= ITER; i++)); do
		prev=$((i - 1))
		{
			echo "*filter"
			echo ":RW$k - [0:0]"
			echo "-A RW$k -s 10.$k.$i.1 -j RETURN"
			echo "-A SHARED -s 10.$k.$i.2 -j RETURN"
			echo "-I SHARED 2 -s 10.$k.$i.3 -j RETURN"
			if [ $prev -gt 0 ]; then
				echo "-D SHARED -s 10.$k.$prev.2 -j RETURN"
				echo "-D SHARED -s 10.$k.$prev.3 -j RETURN"
			fi
			echo "-C SHARED -s 192.0.2.0/24 -j ACCEPT"
			echo "COMMIT"
		} > "$work/in.$k"
		"$IPTNFT" iptables-restore --noflush "$work/in.$k" ||
			echo "restorer $k iteration $i: exit $?"
	done
}

# A command-line writer: one rule appended, the previous one deleted.
commander() {
	local c=$1 i
	for ((i = 1; i <= ITER; i++)); do
		"$IPTNFT" iptables -A SHARED -s 10.$((100 + c)).$i.4 -j RETURN ||
			echo "commander $c append $i: exit $?"
		if [ $i -gt 1 ]; then
			"$IPTNFT" iptables -D SHARED -s 10.$((100 + c)).$((i - 1)).4 \
				-j RETURN || echo "commander $c delete $i: exit $?"
		fi
	done
}

# A flushing writer of another table: the table replaced each time.
replacer() {
	local i
	for ((i = 1; i <= ITER; i++)); do
		printf '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A PREROUTING -s 10.250.0.%d -j ACCEPT\n-A OUTPUT -d 10.250.0.%d -j ACCEPT\nCOMMIT\n' \
			"$i" "$i" | "$IPTNFT" iptables-restore ||
			echo "replacer iteration $i: exit $?"
	done
}

expected() {
	local k c
	echo "-A SHARED -s 192.0.2.0/24 -j ACCEPT"
	for ((k = 1; k <= RESTORERS; k++)); do
		echo "-A SHARED -s 10.$k.$ITER.2/32 -j RETURN"
		echo "-A SHARED -s 10.$k.$ITER.3/32 -j RETURN"
		echo "-A RW$k -s 10.$k.$ITER.1/32 -j RETURN"
	done
	for ((c = 1; c <= COMMANDERS; c++)); do
		echo "-A SHARED -s 10.$((100 + c)).$ITER.4/32 -j RETURN"
	done
	echo "-A PREROUTING -s 10.250.0.$ITER/32 -j ACCEPT"
	echo "-A OUTPUT -d 10.250.0.$ITER/32 -j ACCEPT"
}

for ((round = 1; round <= ROUNDS; round++)); do
	nft flush ruleset
	"$IPTNFT" iptables -N SHARED
	"$IPTNFT" iptables -A SHARED -s 192.0.2.0/24 -j ACCEPT
	"$IPTNFT" iptables -A INPUT -j SHARED
	pids=()
	for ((k = 1; k <= RESTORERS; k++)); do
		restorer $k > "$work/log.r$k" 2>&1 &
		pids+=($!)
	done
	for ((c = 1; c <= COMMANDERS; c++)); do
		commander $c > "$work/log.c$c" 2>&1 &
		pids+=($!)
	done
	replacer > "$work/log.raw" 2>&1 &
	pids+=($!)
	wait "${pids[@]}"

	errors=$(cat "$work"/log.*)
	t_result "round$round-writers" "$([ -z "$errors" ] && echo 0 || echo 1)" \
		"$errors"

	{
		"$IPTNFT" iptables -S | grep -E '^-A (SHARED|RW)'
		"$IPTNFT" iptables -t raw -S | grep '^-A'
	} | sort > "$work/got"
	expected | sort > "$work/want"
	t_result "round$round-ruleset" "$(cmp -s "$work/want" "$work/got" && echo 0 || echo 1)" \
		"$(diff "$work/want" "$work/got")"

	first=$("$IPTNFT" iptables -S SHARED | sed -n 2p)
	t_result "round$round-positions" \
		"$([ "$first" = "-A SHARED -s 192.0.2.0/24 -j ACCEPT" ] && echo 0 || echo 1)" \
		"first rule of SHARED: $first"
done

t_finish
