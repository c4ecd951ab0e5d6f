#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The bad-input catalogue's inputs that case files cannot hold: NUL and
# non-UTF-8 bytes in restore files and arguments, 1 MiB lines, the largest
# arguments execve takes, files of a million lines with an error near the
# end or without COMMIT.  Each input is given to iptnft with rules in the
# kernel; it must end without a signal (exit status < 128) and leave the
# ruleset byte-identical (nft list ruleset and nft --debug=netlink, taken
# in the same namespace before and after).  When the oracle
# (xtables-nft-multi) is installed, the same input is given to it on the
# same starting state, and exit status, stdout, stderr and the ruleset
# after must be the same as iptnft's (rule handles masked).
#
#   tests/shell/bad-input.sh [-v] [NAME...]      (default: every test)
#
# Runs in a private network namespace (it re-executes itself under
# "unshare -n").  IPTNFT=path selects the binary (default src/iptnft),
# ORACLE=path the oracle ("none": without).  Expected failures are listed
# in tests/shell/XFAIL-bad-input.  Ends with "N passed, N failed".
set -u
# "printf ... | restore NAME": the test counts in this shell
shopt -s lastpipe

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
IPTNFT=${IPTNFT:-$top/src/iptnft}
export IPTNFT
ORACLE=${ORACLE:-$(command -v xtables-nft-multi || echo none)}
export ORACLE
export LC_ALL=C

. "$top/tests/lib.sh"

[ "${1:-}" = -v ] && { t_verbose=yes; shift; }

t_netns_exec BAD_INPUT_NS no-oracle "$0" "$@"

t_init "$here/XFAIL-bad-input"
[ "$ORACLE" = none ] && echo "note: no oracle (xtables-nft-multi): only signals and kernel state are checked"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
only=("$@")

# The state every test starts from: rules in filter and nat, a user
# chain, counters, a policy, an IPv6 rule.
setup() {
	nft flush ruleset
	"$IPTNFT" iptables-restore -c <<-EOF
	*filter
	:INPUT DROP [10:1000]
	:FORWARD ACCEPT [0:0]
	:OUTPUT ACCEPT [0:0]
	:KEEP - [0:0]
	[5:500] -A INPUT -s 192.0.2.1 -j KEEP
	-A INPUT -p tcp --dport 22 -m comment --comment ssh -j ACCEPT
	-A KEEP -j RETURN
	COMMIT
	*nat
	:POSTROUTING ACCEPT [0:0]
	-A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
	COMMIT
	EOF
	"$IPTNFT" ip6tables -A INPUT -s 2001:db8::1 -j DROP
}

# The ruleset, handles masked (they grow with every setup).
state() {
	nft list ruleset 2>&1
	nft --debug=netlink list ruleset 2>&1 |
		sed -E 's/^((ip|ip6|inet) [^ ]+ [^ ]+)( [0-9]+){1,2}$/\1 <HANDLE>/'
}

# run TOOLBIN IN OUT ARGS...: one run on the starting state; OUT.rc,
# OUT.out, OUT.err, OUT.before, OUT.after
run_one() {
	local bin=$1 in=$2 out=$3
	shift 3
	setup
	state > "$out.before"
	"$bin" "$@" < "$in" > "$out.out" 2> "$out.err"
	echo $? > "$out.rc"
	state > "$out.after"
}

# check NAME IN ARGS...: the test; IN is the standard input (a file).
# With CHANGES=yes the input is a valid one (the ruleset may change, but
# the same way as the oracle's).
check() {
	local name=$1 in=$2 rc msg="" x
	shift 2
	if [ ${#only[@]} -gt 0 ]; then
		case " ${only[*]} " in *" $name "*) ;; *) return 0 ;; esac
	fi
	run_one "$IPTNFT" "$in" "$work/ours" "$@"
	rc=$(cat "$work/ours.rc")
	if [ "$rc" -ge 128 ]; then
		msg+="iptnft ended with status $rc (signal $((rc - 128)))"$'\n'
	fi
	if [ "${CHANGES:-no}" != yes ] &&
	   ! cmp -s "$work/ours.before" "$work/ours.after"; then
		msg+="the kernel ruleset changed:"$'\n'
		msg+=$(diff "$work/ours.before" "$work/ours.after" | head -20)$'\n'
	fi
	if [ "$ORACLE" != none ]; then
		run_one "$ORACLE" "$in" "$work/oracle" "$@"
		for x in rc out err after; do
			cmp -s "$work/oracle.$x" "$work/ours.$x" && continue
			msg+="$x differs from the oracle's (- oracle, + iptnft):"$'\n'
			msg+=$(diff "$work/oracle.$x" "$work/ours.$x" |
			       cut -c1-200 | head -20)$'\n'
		done
	fi
	t_result "$name" "$([ -z "$msg" ] && echo 0 || echo 1)" \
		"${msg}exit $rc: $(head -c 300 "$work/ours.err")"
}

ipt() { check "$1" /dev/null iptables "${@:2}"; }
restore() {
	local name=$1
	shift
	cat > "$work/in"
	check "$name" "$work/in" iptables-restore "$@"
}

# ---- NUL bytes (a restore file; argv cannot hold one) ----
# 1.8.9 reads a line up to a NUL (the rest is lost), so these two go in
printf '*filter\n-A INPUT -s 192.0.2.50\0 -j ACCEPT\nCOMMIT\n' |
	CHANGES=yes restore nul-in-rule --noflush
printf '*filter\n-A INPUT -s 192.0.2.51 -j ACCEPT\n\0\nCOMMIT\n' |
	restore nul-line --noflush
printf '*fil\0ter\n-A INPUT -j ACCEPT\nCOMMIT\n' | restore nul-in-table
printf '*filter\n-A INPUT -j ACCEPT\nCOM\0MIT\n' | restore nul-in-commit
printf '*filter\n:NEW\0 - [0:0]\nCOMMIT\n' | restore nul-in-chain --noflush
printf '*filter\n-A INPUT -m comment --comment "a\0b" -j ACCEPT\nCOMMIT\n' |
	CHANGES=yes restore nul-in-quotes --noflush
printf '\0\0\0\0' | restore nul-only

# ---- non-UTF-8 bytes ----
printf '*filter\n-A INPUT -m comment --comment "\xff\xfe\x80" -j ACCEPT\n-A INPUT -p tcp --dport 99999\nCOMMIT\n' |
	restore nonutf8-restore-comment --noflush
printf '*filter\n:\xff\xfe - [0:0]\n-A INPUT -j NOSUCH\nCOMMIT\n' |
	restore nonutf8-restore-chain --noflush
printf '*filter\n-A INPUT -s 192.0.2.\xff -j ACCEPT\nCOMMIT\n' |
	restore nonutf8-restore-addr --noflush
printf '*\xc3\x28\nCOMMIT\n' | restore nonutf8-restore-table
ipt nonutf8-arg-comment -A INPUT -m comment --comment $'\xff\xfe\x80' -p tcp --dport 99999
ipt nonutf8-arg-chain -N $'\xff\xfe'x -s 1.1.1.1
ipt nonutf8-arg-jump -A INPUT -j $'\xff\xfe'
ipt nonutf8-arg-iface -A INPUT -i $'\xc3\x28' -o x
ipt nonutf8-arg-addr -A INPUT -s $'192.0.2.\xff'
ipt nonutf8-arg-option -A INPUT $'--\xff\xfe'
ipt nonutf8-arg-match -A INPUT -m $'\xff'
ipt nonutf8-arg-table -t $'\xff' -A INPUT
CHANGES=yes ipt nonutf8-arg-comment-ok -A INPUT -m comment --comment $'\xff\xfe\x80'
CHANGES=yes ipt nonutf8-arg-iface-ok -A INPUT -i $'\xc3\x28'

# ---- long lines and arguments ----
# execve takes arguments of up to 128 KiB (MAX_ARG_STRLEN) each.
big=$(head -c 131071 /dev/zero | tr '\0' c)
ipt long-arg-chain -N "$big"
ipt long-arg-addr -A INPUT -s "$big"
ipt long-arg-addr-list -A INPUT -s "192.0.2.1,${big:0:253}/24"
ipt long-arg-option -A INPUT "--${big:2}"
ipt long-arg-port -A INPUT -p tcp --dport "$big"
ipt long-arg-target -A INPUT -j "$big"
# 1.8.9 cuts a long comment to 255 bytes (and iptnft does the same)
CHANGES=yes ipt long-arg-comment -A INPUT -m comment --comment "$big"
# eight of them: a 1 MiB command line
args=()
for i in 1 2 3 4 5 6 7 8; do args+=(-m comment --comment "$big"); done
CHANGES=yes ipt long-argv -A INPUT "${args[@]}"
ipt long-argv-bad -A INPUT "${args[@]}" -p tcp --dport 65536
mib=$(head -c 1048576 /dev/zero | tr '\0' x)
printf '*filter\n-A INPUT -s 192.0.2.60 -j ACCEPT\n-A INPUT -m comment --comment "%s" -j ACCEPT\nCOMMIT\n' "$mib" |
	restore long-line-comment --noflush
printf '*filter\n-A INPUT -s 192.0.2.61 -j ACCEPT\n-A INPUT -m comment --comment %s -j ACCEPT\nCOMMIT\n' "$mib" |
	restore long-line-word --noflush
printf '*filter\n:%s - [0:0]\nCOMMIT\n' "$mib" | restore long-line-chain --noflush
printf '*filter\n-A INPUT -s 192.0.2.62 -j ACCEPT\n%s' "$mib" |
	restore long-line-eof --noflush
printf '*filter\n# %s\n-A INPUT -s 192.0.2.63 -j ACCEPT\n-A INPUT -p tcp --dport 65536\nCOMMIT\n' "$mib" |
	restore long-line-hash --noflush
printf '*filter\n[%s:1] -A INPUT -j ACCEPT\nCOMMIT\n' "${mib//x/9}" |
	restore long-line-counter -c --noflush
unset big mib args

# ---- a million lines ----
# 1,000,000 lines: "*filter", 1000 rules among comments and blank lines,
# BAD at line 999,999 (none: a good rule), COMMIT (or not) last.
million() {
	awk -v bad="$1" -v commit="$2" 'BEGIN {
		print "*filter"
		for (i = 2; i < 999999; i++) {
			if (i % 1000 == 0)
				printf "-A INPUT -s 10.%d.%d.%d -j ACCEPT\n",
					int(i / 65536) % 256, int(i / 256) % 256,
					i % 256
			else if (i % 2)
				print "# comment " i
			else
				print ""
		}
		print (bad == "" ? "-A INPUT -s 10.255.255.255 -j ACCEPT" : bad)
		print (commit == "yes" ? "COMMIT" : "# no COMMIT")
	}'
}
million "-A INPUT -p tcp --dport 65536 -j ACCEPT" yes |
	restore million-parse-error --noflush
million "-A INPUT -j NOSUCHCHAIN" yes | restore million-jump-error
million "-A INPUT -j OUTPUT" yes | restore million-kernel-error --noflush
million "" no | restore million-no-commit
million "" yes | restore million-test --test
CHANGES=yes
million "" yes | restore million-good
unset CHANGES

t_finish
