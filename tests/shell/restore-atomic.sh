#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# iptables-restore is atomic: a bad line at the start, in the middle or at
# the end of a large block (a parse error, a line that cannot be done, a
# rule the kernel refuses) leaves the kernel's ruleset byte-identical to
# what it was, with and without --noflush; the same file without the bad
# line goes in whole.
#
#   tests/shell/restore-atomic.sh [-v] [RULES]     (default 3000 rules)
#
# Runs in a private network namespace (it re-executes itself under
# "unshare -n").  IPTNFT=path selects the binary (default src/iptnft).
# Ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
IPTNFT=${IPTNFT:-$top/src/iptnft}
export IPTNFT

. "$top/tests/lib.sh"

[ "${1:-}" = -v ] && { t_verbose=yes; shift; }
RULES=${1:-3000}

t_netns_exec RESTORE_ATOMIC_NS no-oracle "$0" "$@"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ipt() { "$IPTNFT" iptables "$@"; }
restore() { "$IPTNFT" iptables-restore "$@"; }

# What is there before: rules in every table the blocks touch, counters,
# a non-default policy, user chains that jump to each other.
setup() {
	nft flush ruleset
	restore -c <<-EOF
	*filter
	:INPUT DROP [10:1000]
	:FORWARD ACCEPT [0:0]
	:OUTPUT ACCEPT [20:2000]
	:KEEP - [0:0]
	:OTHER - [0:0]
	[5:500] -A INPUT -s 192.0.2.1 -j KEEP
	-A INPUT -p tcp --dport 22 -j ACCEPT
	[7:700] -A KEEP -s 198.51.100.0/24 -j OTHER
	-A OTHER -j RETURN
	COMMIT
	*nat
	:PREROUTING ACCEPT [0:0]
	:POSTROUTING ACCEPT [0:0]
	-A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
	COMMIT
	EOF
	"$IPTNFT" ip6tables -A INPUT -s 2001:db8::1 -j DROP
}

# A block of n rules in chain BIG (and jumps to it); the bad line replaces
# rule number at (0: none).
block() {
	local n=$1 at=$2 bad=$3 noflush=$4 i
	echo "*filter"
	if [ "$noflush" = no ]; then
		echo ":INPUT ACCEPT [0:0]"
		echo ":FORWARD DROP [0:0]"
		echo ":OUTPUT ACCEPT [0:0]"
		echo ":KEEP - [0:0]"
		echo ":OTHER - [0:0]"
	fi
	echo ":BIG - [0:0]"
	for ((i = 1; i <= n; i++)); do
		if [ "$i" = "$at" ]; then
			echo "$bad"
			continue
		fi
		case $((i % 5)) in
		0) echo "-A BIG -s 10.$((i / 65536 % 256)).$((i / 256 % 256)).$((i % 256)) -j ACCEPT" ;;
		1) echo "-A BIG -p tcp --dport $((i % 65535 + 1)) -j DROP" ;;
		2) echo "-A BIG -p udp -d 172.16.$((i / 256 % 256)).$((i % 256))/32 --sport 53 -j RETURN" ;;
		3) echo "-I BIG 1 -i eth$((i % 8)) -p icmp --icmp-type echo-request -j ACCEPT" ;;
		4) echo "-A INPUT -s 10.200.$((i / 256 % 256)).$((i % 256)) -j BIG" ;;
		esac
	done
	echo "COMMIT"
}

# The kinds of bad line, with the exit status iptables-restore gives.
declare -A bad_line=(
	[parse]="-A BIG -p tcp --dport 99999 -j ACCEPT"
	[chain]="-A NOSUCHCHAIN -j ACCEPT"
	[jump]="-A BIG -j NOSUCHCHAIN"
	[kernel]="-A BIG -j OUTPUT"
	[delete]="-D INPUT -s 203.0.113.99 -j DROP"
)
declare -A bad_status=(
	[parse]=2 [chain]=1 [jump]=2 [kernel]=4 [delete]=1
)

state() {
	nft list ruleset 2>/dev/null
	"$IPTNFT" iptables-save -c | grep -v '^#'
	"$IPTNFT" ip6tables-save -c | grep -v '^#'
}

setup
state > "$work/before"

for mode in flush noflush; do
	noflush=no
	args=()
	[ $mode = noflush ] && { noflush=yes; args=(--noflush); }
	for kind in parse chain jump kernel delete; do
		for where in start middle end; do
			case $where in
			start) at=1 ;;
			middle) at=$((RULES / 2)) ;;
			end) at=$RULES ;;
			esac
			name="$mode-$kind-$where"
			block "$RULES" "$at" "${bad_line[$kind]}" $noflush \
				> "$work/in"
			restore "${args[@]}" "$work/in" > "$work/out" 2>&1
			rc=$?
			state > "$work/after"
			out="exit $rc: $(head -c 300 "$work/out")"
			if [ $rc != "${bad_status[$kind]}" ]; then
				t_result "$name" 1 "expected exit ${bad_status[$kind]}, $out"
			elif ! cmp -s "$work/before" "$work/after"; then
				t_result "$name" 1 "$out
$(diff "$work/before" "$work/after" | head -20)"
			else
				t_result "$name" 0 "$out"
			fi
		done
	done
	# the same block without the bad line goes in whole
	name="$mode-good"
	block "$RULES" 0 "" $noflush > "$work/in"
	restore "${args[@]}" "$work/in" > "$work/out" 2>&1
	rc=$?
	count=$(ipt -S BIG | grep -c '^-A BIG')
	expect=$((RULES - RULES / 5))
	if [ $rc = 0 ] && [ "$count" = "$expect" ]; then
		t_result "$name" 0 "$count rules"
	else
		t_result "$name" 1 "exit $rc, $count rules in BIG, want $expect: $(head -c 300 "$work/out")"
	fi
	setup
done

t_finish
