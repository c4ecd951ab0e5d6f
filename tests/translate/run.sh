#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The translate suite: the iptables-translate corpus against the oracle
# (run.py), the kube-proxy rulesets through iptables-restore-translate
# and nft -f (kube.py), and packets through a rule and its translation
# (packets.py).  Prints their lines and one "N passed, N failed".
#
#   tests/translate/run.sh [--services N]
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
services=1000
[ "${1:-}" = --services ] && services=$2
re='^([0-9]+) passed, ([0-9]+) failed$'
p=0 f=0
for t in "run.py" "kube.py --services $services" "packets.py"; do
	found=no
	while IFS= read -r line; do
		if [[ $line =~ $re ]]; then
			p=$((p + BASH_REMATCH[1])) f=$((f + BASH_REMATCH[2]))
			found=yes
		else
			printf '%s\n' "$line"
		fi
	done < <(python3 "$dir"/$t 2>&1)
	if [ $found = no ]; then
		echo "FAIL $t: ended without a summary line"
		f=$((f + 1))
	fi
done
echo "$p passed, $f failed"
[ $f = 0 ]
