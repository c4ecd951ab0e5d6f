#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Memory checks with valgrind, run by `make check` (tests/run-all):
#   unit-test      the unit tests (no kernel)
#   cmd-*          iptnft commands, one after the other in a fresh network
#                  namespace: rule commands, listings, save, restore, errors
# A test fails on any valgrind error: invalid reads or writes, use of
# uninitialised memory (also in what is sent to the kernel), and definite
# or indirect leaks.  The commands' own exit statuses do not matter here
# (the differential tests check those).
#
#   tests/memcheck.sh [--builddir DIR] [-v]
#
# Expected failures: tests/memcheck.XFAIL (format and rules in tests/lib.sh).
# Without valgrind, or for an ASan build, everything is skipped; without
# namespace rights (root) the cmd-* tests are.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
builddir=$(cd "$here/.." && pwd)
while [ $# -gt 0 ]; do
	case $1 in
	--builddir) builddir=$(cd "$2" && pwd); shift 2 ;;
	-v) t_verbose=yes; shift ;;
	*) echo "usage: memcheck.sh [--builddir DIR] [-v]" >&2; exit 2 ;;
	esac
done
. "$here/lib.sh"
t_init "$here/memcheck.XFAIL"

iptnft=${IPTNFT:-$builddir/src/iptnft}
unit=$builddir/tests/unit/unit-test
vg=(valgrind -q --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --num-callers=20)

if ! command -v valgrind >/dev/null; then
	echo "skipped: valgrind not found"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi

# valgrind cannot run a program built with ASan (./configure --enable-asan):
# the sanitizers check that build in every other suite instead.
if grep -aq __asan_init "$iptnft" "$unit" 2>/dev/null; then
	echo "skipped: $iptnft is an ASan build (valgrind and ASan do not mix)"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi

# vg_test NAME STDIN CMD...: runs CMD under valgrind (in the namespace)
netns=()
vg_test() {
	local name=$1 in=$2 out status
	shift 2
	out=$("${netns[@]}" "${vg[@]}" "$@" < "$in" 2>&1 >/dev/null)
	status=$?
	[ $status = 99 ] || status=0
	t_result "$name" $status "valgrind $*"$'\n'"$out"
}

vg_test unit-test /dev/null "$unit" --data "$here/unit/data"

if ! unshare -n true 2>/dev/null; then
	echo "skipped cmd-*: cannot create a network namespace (needs root)"
	t_skipped=$((t_skipped + 1))
	t_finish
	exit
fi

# One fresh namespace for all the commands, held by a sleeping process.
work=$(mktemp -d)
unshare -n sleep 3600 &
holder=$!
trap 'kill $holder; rm -rf "$work"' EXIT
netns=(nsenter -t $holder -n)
for i in $(seq 100); do
	[ "$(readlink /proc/$holder/ns/net)" != "$(readlink /proc/self/ns/net)" ] &&
		break
	sleep 0.05
done

python3 "$here/bench/gen-kube-ruleset.py" --services 50 --seed 1 \
	> "$work/kube.rules"
python3 "$here/bench/gen-kube-ruleset.py" --services 50 --seed 1 \
	--noflush-update 5 > "$work/update.rules"
python3 "$here/bench/gen-kube-ruleset.py" --services 50 --seed 1 --family 6 \
	> "$work/kube6.rules"
cat > "$work/bad.rules" <<'RULES'
*filter
-A INPUT -j ACCEPT
-A INPUT --bogus
COMMIT
RULES

n=/dev/null
vg_test cmd-append $n "$iptnft" iptables -A INPUT -p tcp --dport 22 -j ACCEPT
vg_test cmd-new-chain $n "$iptnft" iptables -N FOO
vg_test cmd-insert-list $n "$iptnft" iptables -I INPUT 1 -s 10.0.0.0/8,192.168.0.1 -j FOO
vg_test cmd-list-rules $n "$iptnft" iptables -S
vg_test cmd-list $n "$iptnft" iptables -L -n -v -x --line-numbers
vg_test cmd-check $n "$iptnft" iptables -C INPUT -p tcp --dport 22 -j ACCEPT
vg_test cmd-replace $n "$iptnft" iptables -R INPUT 1 -p udp --sport 53 -j DROP
vg_test cmd-delete-spec $n "$iptnft" iptables -D INPUT -p tcp --dport 22 -j ACCEPT
vg_test cmd-delete-num $n "$iptnft" iptables -D INPUT 1
vg_test cmd-zero $n "$iptnft" iptables -Z
vg_test cmd-save $n "$iptnft" iptables-save -c
vg_test cmd-error-parse $n "$iptnft" iptables -A INPUT -p tcp --dport 99999
vg_test cmd-error-kernel $n "$iptnft" iptables -D NOPE 1
vg_test cmd-flush-delete $n "$iptnft" iptables -F
vg_test cmd-ip6-append $n "$iptnft" ip6tables -A FORWARD -s 2001:db8::/32 -p udp --dport 53 -j DROP
vg_test cmd-ip6-save $n "$iptnft" ip6tables-save
vg_test cmd-restore "$work/kube.rules" "$iptnft" iptables-restore
vg_test cmd-restore-noflush "$work/update.rules" "$iptnft" iptables-restore --noflush
vg_test cmd-restore-ip6 "$work/kube6.rules" "$iptnft" ip6tables-restore
vg_test cmd-restore-error "$work/bad.rules" "$iptnft" iptables-restore
vg_test cmd-save-kube $n "$iptnft" iptables-save
vg_test cmd-translate $n "$iptnft" iptables-translate -A X -m comment --comment c -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP
vg_test cmd-translate-reported $n "$iptnft" iptables-translate -A X -p tcp -m multiport --ports 1,2:5 -m u32 --u32 "0>>22&0x3C@0>>16=0x50"
vg_test cmd-restore-translate "$work/kube.rules" "$iptnft" iptables-restore-translate
vg_test cmd-restore-translate-ip6 "$work/kube6.rules" "$iptnft" ip6tables-restore-translate
vg_test cmd-restore-translate-error "$work/bad.rules" "$iptnft" iptables-restore-translate
t_finish
