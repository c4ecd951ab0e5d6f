#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The robustness scripts, one after the other (docs/ROBUSTNESS.md):
#   restore-atomic.sh      a bad line anywhere in a block applies nothing
#   restore-concurrent.sh  parallel --noflush restores and commands
#   faults.sh              nobody, races at commit, tiny receive buffers,
#                          dumps under change, a kernel refusal in a
#                          100k-rule restore
#   concurrent.sh          N writers (iptnft, and iptnft with the oracle)
#                          against the serial result
# Each test is shown as SCRIPT/NAME; ends with "N passed, N failed" over
# all of them (", N skipped").  Arguments: the scripts to run (default all).
# IPTNFT=path selects the binary.
set -u

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
summary_re='^([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$'
scripts=("$@")
[ ${#scripts[@]} = 0 ] &&
	scripts=(restore-atomic restore-concurrent faults concurrent)
p=0 f=0 s=0
for script in "${scripts[@]}"; do
	script=${script%.sh}
	found=no
	while IFS= read -r line; do
		if [[ $line =~ $summary_re ]]; then
			p=$((p + BASH_REMATCH[1])) f=$((f + BASH_REMATCH[2]))
			s=$((s + ${BASH_REMATCH[4]:-0})) found=yes
		else
			case $line in
			"ok "*|"FAIL "*|"xfail "*|"XPASS "*)
				printf '%s %s/%s\n' "${line%% *}" "$script" \
					"${line#* }" ;;
			*)	printf '%s\n' "$line" ;;
			esac
		fi
	done < <(bash "$here/$script.sh" 2>&1)
	if [ $found = no ]; then
		echo "FAIL $script: ended without a summary line"
		f=$((f + 1))
	fi
done
t_passed=$p t_failed=$f t_skipped=$s
t_finish
