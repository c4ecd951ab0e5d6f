#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Faults, each compared with the oracle (xtables-nft-multi 1.8.9):
#
#   nobody-*   unprivileged use (run as nobody): every applet gives the
#              oracle's message and exit status;
#   race-*     another writer changes the ruleset between our reading it and
#              our commit (made deterministic by the test hook
#              IPTNFT_TEST_PAUSE_BEFORE_COMMIT): the kernel refuses the stale
#              batch (generation id), we start over, and the result is what
#              the oracle gives when it runs after that writer; or between
#              two blocks of a restore (IPTNFT_TEST_PAUSE_AFTER_COMMIT): the
#              next block reads what that writer made;
#   rcvbuf-*   a tiny socket receive buffer (test hook IPTNFT_TEST_RCVBUF):
#              listings and saves of a large ruleset are complete and equal
#              to the oracle's; thousands of kernel refusals in one batch
#              (replies dropped, ENOBUFS) still give exit 4, the first
#              refused line, and nothing applied;
#   refusals-* thousands of kernel refusals with the normal buffer: the same
#              message as the oracle (iptables-restore's 1023-byte cut);
#   dumpintr-* iptables-save while another process keeps replacing the
#              table: every saved output is one of the states the writer
#              made (never a mixture), and restorable; also with the rule
#              dumps read ahead by a second thread (IPTNFT_TEST_AHEAD=1);
#   ahead-*    a kube-proxy shaped table of thousands of chains, whose rule
#              dumps a second thread reads ahead: save, -S and -L equal the
#              oracle's, with and without the helper;
#   probe-*    --noflush restores that ask for the chains they name instead
#              of listing all (the default), and that fall back to the chain
#              list (IPTNFT_TEST_CAREFUL=1, or more than 256 chains named):
#              a kube-proxy sync gives the oracle's output and ruleset either
#              way, and only the fallback sends a chain dump (strace);
#   reads-*    commands about one table or one chain of a kube-proxy shaped
#              ruleset (filter made before nat's thousands of chains): the
#              oracle's output, and (strace) a chain named is read by name
#              with no chain or table-wide rule dump, and the chain dump of
#              one table is left unread past that table, the rule dump of
#              -L CHAIN N past rule N (a new socket);
#   kernel-*   a rule the kernel refuses (not our parser) in the middle of a
#              100k-rule restore: same message, line and exit status as the
#              oracle, and the ruleset byte-identical to before.
#
#   tests/shell/faults.sh [-v] [RULES]     (RULES: the big restore, 100000)
#
# Runs in a private network namespace (it re-executes itself under
# "unshare -n"; every comparison gets fresh namespaces of its own).
# IPTNFT=path selects the binary (default src/iptnft), ORACLE= the oracle.
# Ends with "N passed, N failed".
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
IPTNFT=${IPTNFT:-$top/src/iptnft}
ORACLE=${ORACLE:-xtables-nft-multi}
export IPTNFT ORACLE

. "$top/tests/lib.sh"

[ "${1:-}" = -v ] && { t_verbose=yes; shift; }
RULES=${1:-100000}

t_netns_exec FAULTS_NS oracle "$0" "$@"

work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# ---- helpers ----

# state: what the kernel holds, as exactly as nft and the oracle show it
state() {
	nft list ruleset 2>&1
	"$ORACLE" iptables-save -c 2>&1 | grep -v '^#'
	"$ORACLE" ip6tables-save -c 2>&1 | grep -v '^#'
}

# same NAME FILE1 FILE2 [INFO]: pass if the files are identical
same() {
	if cmp -s "$2" "$3"; then
		t_result "$1" 0 "${4:-}"
	else
		t_result "$1" 1 "${4:-}
$(diff -u "$2" "$3" | head -40)"
	fi
}

# ---- nobody: unprivileged use ----

nobody_run() {
	setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
}

if ! command -v setpriv >/dev/null || ! id nobody >/dev/null 2>&1 ||
   ! getent group nogroup >/dev/null; then
	t_result nobody-skipped 0 "no setpriv or no user nobody/group nogroup"
else
	nobody_cmds=(
		"iptables -L"
		"iptables -L -n -v"
		"iptables -S"
		"iptables -S INPUT"
		"iptables -A INPUT -j DROP"
		"iptables -I INPUT -s 1.2.3.4 -j ACCEPT"
		"iptables -D INPUT -j ACCEPT"
		"iptables -C INPUT -j ACCEPT"
		"iptables -N NEW"
		"iptables -X"
		"iptables -F"
		"iptables -Z"
		"iptables -P INPUT DROP"
		"iptables -t nat -L -n"
		"iptables -A INPUT -p tcp --dport 99999 -j ACCEPT"
		"ip6tables -L"
		"ip6tables -A INPUT -j DROP"
		"iptables-save"
		"iptables-save -t nat"
		"ip6tables-save"
		"iptables-restore FILE"
		"iptables-restore --noflush FILE"
		"iptables-restore --test FILE"
		"ip6tables-restore FILE"
	)
	printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\nCOMMIT\n' > "$work/nobody.in"
	chmod 644 "$work/nobody.in"
	for cmd in "${nobody_cmds[@]}"; do
		name="nobody-$(echo "$cmd" | tr -c 'a-zA-Z0-9\n-' '_' | tr -s _)"
		for tool in oracle ours; do
			bin=$ORACLE
			[ $tool = ours ] && bin=$IPTNFT
			# shellcheck disable=SC2086
			NOBODY_BIN=$bin NOBODY_FILE=$work/nobody.in \
			unshare -n bash -c '
				'"$(declare -f nobody_run state)"'
				ORACLE='"$ORACLE"'
				"$ORACLE" iptables -A INPUT -j ACCEPT
				"$ORACLE" ip6tables -A INPUT -j ACCEPT
				set -- '"${cmd/FILE/\$NOBODY_FILE}"'
				nobody_run "$NOBODY_BIN" "$@" \
					> '"$work/nb.$tool"'.out 2>&1
				echo "exit $?" >> '"$work/nb.$tool"'.out
				state >> '"$work/nb.$tool"'.out'
		done
		same "$name" "$work/nb.oracle.out" "$work/nb.ours.out" \
			"$(head -3 "$work/nb.ours.out")"
	done
fi

# ---- race: a change between our read and our commit ----
#
# race NAME SETUP OTHER CMD [STDIN]: SETUP (shell, run with $ORACLE) makes
# the ruleset; CMD (applet and arguments) is run by iptnft, which stops
# before its commit while OTHER (shell) changes the ruleset; expected: what
# the oracle's CMD does after SETUP and OTHER, run one after the other.

race() {
	local name=$1 setup=$2 other=$3 cmd=$4 input=${5:-} when=${6:-BEFORE}

	printf '%s' "$input" > "$work/race.in"
	# shellcheck disable=SC2016
	unshare -n bash -c '
		o() { "$ORACLE" "$@"; }
		'"$(declare -f state)"'
		'"$setup"'
		'"$other"'
		o '"$cmd"' < "'"$work"'/race.in" > "'"$work"'/race.oracle" 2>&1
		echo "exit $?" >> "'"$work"'/race.oracle"
		state >> "'"$work"'/race.oracle"'
	# shellcheck disable=SC2016
	unshare -n bash -c '
		o() { "$ORACLE" "$@"; }
		'"$(declare -f state)"'
		'"$setup"'
		pause='"$work"'/pause
		rm -f "$pause"
		env IPTNFT_TEST_PAUSE_'"$when"'_COMMIT="$pause" \
			"$IPTNFT" '"$cmd"' < "'"$work"'/race.in" \
			> "'"$work"'/race.ours" 2>&1 &
		pid=$!
		for ((i = 0; i < 500; i++)); do
			[ -e "$pause" ] && break
			sleep 0.01
		done
		if [ ! -e "$pause" ]; then
			echo "iptnft never reached its commit" >> "'"$work"'/race.note"
		fi
		'"$other"'
		rm -f "$pause"
		wait $pid
		echo "exit $?" >> "'"$work"'/race.ours"
		state >> "'"$work"'/race.ours"'
	if [ -s "$work/race.note" ]; then
		t_result "$name" 1 "$(cat "$work/race.note")"
		rm -f "$work/race.note"
		return
	fi
	same "$name" "$work/race.oracle" "$work/race.ours" \
		"$(head -3 "$work/race.ours")"
}

race race-jump-to-deleted-chain \
	'o iptables -N FOO; o iptables -A INPUT -s 10.0.0.1 -j ACCEPT' \
	'o iptables -X FOO' \
	'iptables -A INPUT -s 10.0.0.2 -j FOO'
race race-insert-jump-to-deleted-chain \
	'o iptables -N FOO; o iptables -A INPUT -s 10.0.0.1 -j ACCEPT' \
	'o iptables -X FOO' \
	'iptables -I INPUT 1 -j FOO'
race race-restore-jump-to-deleted-chain \
	'o iptables -N FOO; o iptables -A INPUT -s 10.0.0.1 -j ACCEPT' \
	'o iptables -X FOO' \
	'iptables-restore --noflush' \
	'*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
-A INPUT -s 10.0.0.3 -j FOO
-A INPUT -s 10.0.0.4 -j ACCEPT
COMMIT
'
# between two blocks: the second must not take its chains from the
# first block's dump (it lists every table) once another writer came
race race-restore-next-block-chain-made \
	'o iptables -t nat -N OLD; o iptables -A INPUT -s 10.0.0.1 -j ACCEPT' \
	'o iptables -t nat -N NEW' \
	'iptables-restore --noflush' \
	'*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
*nat
-A POSTROUTING -j NEW
-A OLD -j RETURN
COMMIT
' AFTER
race race-restore-next-block-chain-deleted \
	'o iptables -t nat -N OLD; o iptables -A INPUT -s 10.0.0.1 -j ACCEPT' \
	'o iptables -t nat -X OLD' \
	'iptables-restore --noflush' \
	'*filter
-A INPUT -s 10.0.0.2 -j ACCEPT
COMMIT
*nat
-A POSTROUTING -j ACCEPT
-A OLD -j RETURN
COMMIT
' AFTER
race race-delete-chain-now-referenced \
	'o iptables -N FOO' \
	'o iptables -A INPUT -j FOO' \
	'iptables -X FOO'
race race-delete-rule-deleted \
	'o iptables -A INPUT -s 10.0.0.1 -j ACCEPT; o iptables -A INPUT -s 10.0.0.2 -j ACCEPT' \
	'o iptables -D INPUT -s 10.0.0.1 -j ACCEPT' \
	'iptables -D INPUT -s 10.0.0.1 -j ACCEPT'
race race-insert-position-moved \
	'o iptables -A INPUT -s 10.0.0.1 -j ACCEPT; o iptables -A INPUT -s 10.0.0.2 -j ACCEPT' \
	'o iptables -I INPUT 1 -s 10.0.0.9 -j DROP' \
	'iptables -I INPUT 2 -s 10.0.0.5 -j ACCEPT'
race race-replace-chain-flushed \
	'o iptables -N FOO; o iptables -A FOO -s 10.0.0.1 -j ACCEPT' \
	'o iptables -F FOO' \
	'iptables -R FOO 1 -s 10.0.0.7 -j ACCEPT'
race race-restore-table-replaced \
	'o iptables -N FOO; o iptables -A FOO -s 10.0.0.1 -j ACCEPT' \
	'printf "*filter\n:BAR - [0:0]\n-A INPUT -j BAR\nCOMMIT\n" | o iptables-restore' \
	'iptables-restore --noflush' \
	'*filter
-A FOO -s 10.0.0.2 -j ACCEPT
-I FOO 1 -s 10.0.0.3 -j ACCEPT
COMMIT
'
race race-restore-flush-table-replaced \
	'o iptables -N FOO; o iptables -A FOO -s 10.0.0.1 -j ACCEPT' \
	'printf "*filter\n:BAR - [0:0]\n-A INPUT -j BAR\nCOMMIT\n" | o iptables-restore' \
	'iptables-restore' \
	'*filter
:FOO - [0:0]
-A FOO -s 10.0.0.2 -j ACCEPT
-A INPUT -j FOO
COMMIT
'

# ---- big rulesets ----

# bigfile N AT BAD: a --noflush block of N rules in chain BIG, line AT+2
# replaced by BAD (0: none)
bigfile() {
	awk -v n="$1" -v at="$2" -v bad="$3" 'BEGIN {
		print "*filter"
		print ":B2 - [0:0]"
		for (i = 1; i <= n; i++) {
			if (i == at) {
				print bad
				continue
			}
			printf "-A BIG -s 10.%d.%d.%d -p tcp --dport %d -j ACCEPT\n",
				int(i / 65536) % 256, int(i / 256) % 256, i % 256,
				i % 65535 + 1
		}
		print "COMMIT"
	}'
}

# restore_cmp NAME FILE [ENV...]: the --noflush restore of FILE on top of
# chains BIG (jumped to from INPUT) and B2 (jumped to from BIG), by the
# oracle and by iptnft (with ENV) in fresh namespaces: output, exit status
# and ruleset compared, and the ruleset must be what it was before.
restore_cmp() {
	local name=$1 file=$2 tool out
	shift 2
	for tool in oracle ours; do
		out=$work/rs.$tool
		unshare -n env "$@" bash -c '
			o() { "$ORACLE" "$@"; }
			'"$(declare -f state)"'
			o iptables -N BIG; o iptables -N B2
			o iptables -A INPUT -j BIG; o iptables -A BIG -j B2
			state > "'"$out"'.before"
			bin=$ORACLE
			[ '$tool' = ours ] && bin=$IPTNFT
			"$bin" iptables-restore --noflush "'"$file"'" > "'"$out"'" 2>&1
			echo "exit $?" >> "'"$out"'"
			state > "'"$out"'.after"'
	done
	same "$name" "$work/rs.oracle" "$work/rs.ours" \
		"$(head -c 300 "$work/rs.ours")"
	same "$name-unchanged" "$work/rs.ours.before" "$work/rs.ours.after"
}

# ---- rcvbuf: tiny receive buffers ----

bigfile 5000 0 "" | sed 's/^-A BIG .*-j ACCEPT$/& -m comment --comment "a rule"/' \
	> "$work/listing.in"
unshare -n bash -c '
	"$ORACLE" iptables -N BIG; "$ORACLE" iptables -A INPUT -j BIG
	"$ORACLE" iptables-restore --noflush "'"$work/listing.in"'"
	n=0
	for cmd in "iptables-save" "iptables-save -c" "iptables -S" \
		   "iptables -S BIG" "iptables -L -n -v -x" \
		   "iptables -L BIG -n --line-numbers" "iptables -L -v"; do
		n=$((n + 1))
		"$ORACLE" $cmd 2>&1 | grep -v "^#" > "'"$work"'/ls.oracle.$n"
		for size in 1 4096; do
			IPTNFT_TEST_RCVBUF=$size "$IPTNFT" $cmd 2>&1 |
				grep -v "^#" > "'"$work"'/ls.ours.$n.$size"
		done
		IPTNFT_TEST_RCVBUF=1 IPTNFT_TEST_AHEAD=1 "$IPTNFT" $cmd 2>&1 |
			grep -v "^#" > "'"$work"'/ls.ours.$n.1-ahead"
		echo "$cmd" > "'"$work"'/ls.cmd.$n"
	done'
for f in "$work"/ls.cmd.*; do
	n=${f##*.}
	cmd=$(cat "$f")
	for size in 1 4096 1-ahead; do
		same "rcvbuf-$size-$(echo "$cmd" | tr -c 'a-zA-Z0-9\n-' '_' | tr -s _)" \
			"$work/ls.oracle.$n" "$work/ls.ours.$n.$size" \
			"$(wc -l < "$work/ls.ours.$n.$size") lines"
	done
done

# Thousands of refusals: a match the INPUT hook does not allow (owner) in
# BIG; the kernel refuses it and every rule after it in that chain.
bigfile 3000 2 "-A BIG -m owner --uid-owner 0 -j ACCEPT" > "$work/refusals.in"
restore_cmp refusals-3000 "$work/refusals.in"
for size in 1 4096; do
	unshare -n env IPTNFT_TEST_RCVBUF=$size bash -c '
		'"$(declare -f state)"'
		"$ORACLE" iptables -N BIG; "$ORACLE" iptables -N B2
		"$ORACLE" iptables -A INPUT -j BIG; "$ORACLE" iptables -A BIG -j B2
		state > "'"$work"'/nb.before"
		"$IPTNFT" iptables-restore --noflush "'"$work"'/refusals.in" \
			> "'"$work"'/nb.out" 2>&1
		echo "exit $?" >> "'"$work"'/nb.out"
		state > "'"$work"'/nb.after"'
	if tail -1 "$work/nb.out" | grep -qx 'exit 4' &&
	   sed -n 2p "$work/nb.out" | grep -q '^line 4: RULE_APPEND failed (Invalid argument): rule in chain BIG$'; then
		t_result "rcvbuf-$size-refusals-reported" 0 "$(head -3 "$work/nb.out")"
	else
		t_result "rcvbuf-$size-refusals-reported" 1 "$(head -5 "$work/nb.out")"
	fi
	same "rcvbuf-$size-refusals-unchanged" "$work/nb.before" "$work/nb.after"
done

# ---- dumpintr: saves while the table keeps changing ----
#
# The writer replaces a table with one of three states, each with its own
# user chains that jump to each other and their own rules, as fast as it
# can; the saver runs iptables-save meanwhile.  For nat, a filter table
# that does not change is there too: iptables-save reads filter first,
# and the chain dump of that read lists nat's chains as well (a save may
# only use them while the ruleset has not changed since).

dump_state() {
	local k=$1 table=$2 c j b
	echo "*$table"
	if [ "$table" = nat ]; then
		b="PREROUTING INPUT OUTPUT POSTROUTING"
	else
		b="INPUT FORWARD OUTPUT"
	fi
	for c in $b; do
		echo ":$c ACCEPT [0:0]"
	done
	for ((c = 1; c <= 20; c++)); do
		echo ":S${k}C$c - [0:0]"
	done
	for ((c = 1; c <= 20; c++)); do
		echo "-A INPUT -s 10.$k.$c.0/24 -j S${k}C$c"
		for ((j = 1; j <= 10 * k; j++)); do
			echo "-A S${k}C$c -d 10.$k.$c.$j/32 -p tcp --dport $((c * 100 + j)) -j ACCEPT"
		done
		[ $((c % 4)) != 0 ] && echo "-A S${k}C$c -j S${k}C$((c + 1))"
	done
	echo "COMMIT"
}

dumpintr() {
	local name=$1 table=$2 k i bad=0 seen="" match errors keep rest=0 s
	local fixed="*filter
-A INPUT -s 192.0.2.1/32 -j ACCEPT
COMMIT"

	[ "$table" = filter ] && fixed=""
	printf '%s\n' "$fixed" > "$work/dump.fixed"
	for k in 1 2 3; do
		dump_state $k "$table" > "$work/dump.state$k"
	done
	rm -f "$work"/dump.got.* "$work/dump.errors" "$work/dump.stop"
	SAVES=${SAVES:-150}
	unshare -n bash -c '
		[ -n "'"$fixed"'" ] &&
			"$ORACLE" iptables-restore "'"$work"'/dump.fixed"
		for k in 1 2 3; do
			"$ORACLE" iptables-restore "'"$work"'/dump.state$k"
			"$ORACLE" iptables-save | grep -v "^#" \
				> "'"$work"'/dump.want$k"
		done
		( while [ ! -e "'"$work"'/dump.stop" ]; do
			for k in 1 2 3; do
				"$IPTNFT" iptables-restore \
					"'"$work"'/dump.state$k" ||
					echo "writer: exit $?" \
						>> "'"$work"'/dump.errors"
			done
		  done ) &
		writer=$!
		for ((i = 1; i <= '"$SAVES"'; i++)); do
			"$IPTNFT" iptables-save > "'"$work"'/dump.got.$i" 2>&1 ||
				echo "save $i: exit $?" >> "'"$work"'/dump.errors"
		done
		touch "'"$work"'/dump.stop"
		wait $writer'
	for ((i = 1; i <= SAVES; i++)); do
		grep -v '^#' "$work/dump.got.$i" > "$work/dump.cmp"
		match=""
		for k in 1 2 3; do
			cmp -s "$work/dump.cmp" "$work/dump.want$k" && match=$k
		done
		if [ -z "$match" ]; then
			bad=$((bad + 1))
			[ $bad = 1 ] && cp "$work/dump.cmp" "$work/dump.bad"
		else
			case " $seen " in
			*" $match "*) ;;
			*) seen="$seen $match" ;;
			esac
		fi
	done
	errors=$(cat "$work/dump.errors" 2>/dev/null)
	if [ $bad = 0 ] && [ -z "$errors" ]; then
		t_result "$name-consistent" 0 "$SAVES saves, states seen:$seen"
	else
		keep=$(mktemp -d /tmp/faults-dumpintr.XXXXXX)
		cp "$work"/dump.* "$keep/"
		t_result "$name-consistent" 1 "$bad of $SAVES saves are no state (kept in $keep); $errors
$(for k in 1 2 3; do echo "state $k: $(diff "$work/dump.want$k" "$work/dump.bad" | wc -l) lines of diff"; done)
$(diff "$work/dump.want1" "$work/dump.bad" | head -20)"
	fi
	# every save is restorable (checked on the distinct ones)
	for ((i = 1; i <= SAVES; i++)); do
		md5sum < "$work/dump.got.$i"
	done | sort -u > "$work/dump.sums"
	for ((i = 1; i <= SAVES; i++)); do
		s=$(md5sum < "$work/dump.got.$i")
		if grep -qxF "$s" "$work/dump.sums"; then
			grep -vxF "$s" "$work/dump.sums" > "$work/dump.sums2"
			mv "$work/dump.sums2" "$work/dump.sums"
			unshare -n "$IPTNFT" iptables-restore \
				< "$work/dump.got.$i" > "$work/dump.rs" 2>&1 ||
				rest=$((rest + 1))
		fi
	done
	t_result "$name-restorable" "$([ $rest = 0 ] && echo 0 || echo 1)" \
		"$rest saves not restorable: $(head -3 "$work/dump.rs")"
}

dumpintr dumpintr filter
dumpintr dumpintr-second-table nat
IPTNFT_TEST_AHEAD=1 dumpintr dumpintr-ahead nat

# ---- ahead: thousands of chains, read by two threads ----

python3 "$top/tests/bench/gen-kube-ruleset.py" --services 1000 --seed 7 \
	> "$work/kube.in"
unshare -n bash -c '
	"$ORACLE" iptables-restore "'"$work/kube.in"'"
	n=0
	for cmd in "iptables-save -c" "iptables -t nat -S" \
		   "iptables -t nat -L -n -v -x" "iptables -t nat -L -n" \
		   "iptables -L -n --line-numbers" \
		   "iptables -t nat -S KUBE-SERVICES"; do
		n=$((n + 1))
		"$ORACLE" $cmd 2>&1 | grep -v "^#" > "'"$work"'/ka.oracle.$n"
		for a in 0 1; do
			IPTNFT_TEST_AHEAD=$a "$IPTNFT" $cmd 2>&1 |
				grep -v "^#" > "'"$work"'/ka.ours.$n.$a"
		done
		echo "$cmd" > "'"$work"'/ka.cmd.$n"
	done'
for f in "$work"/ka.cmd.*; do
	n=${f##*.}
	cmd=$(cat "$f")
	for a in 0 1; do
		same "ahead-$a-$(echo "$cmd" | tr -c 'a-zA-Z0-9\n-' '_' | tr -s _)" \
			"$work/ka.oracle.$n" "$work/ka.ours.$n.$a" \
			"$(wc -l < "$work/ka.ours.$n.$a") lines"
	done
done

# ---- probe: --noflush blocks that do not list all chains ----

python3 "$top/tests/bench/gen-kube-ruleset.py" --services 1000 --seed 7 \
	--noflush-update 10 > "$work/kube.update"
# 300 chains the table has and 300 it has not, jumping to one another:
# more chains than a block asks for one by one
awk 'BEGIN {
	print "*filter"
	for (i = 0; i < 300; i++)
		printf ":C%d - [0:0]\n-A C%d -j ACCEPT\n", i, i
	print "COMMIT"
}' > "$work/many.in"
awk 'BEGIN {
	print "*filter"
	for (i = 0; i < 600; i++)
		printf ":C%d - [0:0]\n", i
	for (i = 0; i < 599; i++)
		printf "-A C%d -s 10.0.%d.%d -j C%d\n", i, i / 256, i % 256,
			i + 1
	print "-A C599 -j RETURN"
	print "-C C5 -s 10.0.0.5 -j C6"
	print "COMMIT"
}' > "$work/many.update"

# probe NAME SETUP UPDATE [ENV...]: SETUP restored by the oracle, then
# UPDATE by "iptables-restore --noflush": the oracle's output, status and
# ruleset against ours (with ENV)
probe() {
	local name=$1 setup=$2 update=$3 tool out
	shift 3
	for tool in oracle ours; do
		out=$work/probe.$tool
		unshare -n env "$@" bash -c '
			'"$(declare -f state)"'
			"$ORACLE" iptables-restore "'"$setup"'"
			bin=$ORACLE
			[ '$tool' = ours ] && bin=$IPTNFT
			"$bin" iptables-restore --noflush "'"$update"'" \
				> "'"$out"'" 2>&1
			echo "exit $?" >> "'"$out"'"
			state >> "'"$out"'"'
	done
	same "$name" "$work/probe.oracle" "$work/probe.ours" \
		"$(head -3 "$work/probe.ours")"
}

probe probe-kube-sync "$work/kube.in" "$work/kube.update"
probe probe-kube-sync-careful "$work/kube.in" "$work/kube.update" \
	IPTNFT_TEST_CAREFUL=1
probe probe-many-chains "$work/many.in" "$work/many.update"

# which requests: GETCHAIN by name, and a GETCHAIN dump only with the
# fallback (the chain list is what the probes save)
probe_dumps() {
	local setup=$1 update=$2
	shift 2
	unshare -n env "$@" bash -c '
		"$ORACLE" iptables-restore "'"$setup"'"
		strace -f -e trace=sendto -o "'"$work"'/probe.strace" \
			"$IPTNFT" iptables-restore --noflush "'"$update"'" \
			> /dev/null 2>&1'
	grep -c 'NFT_MSG_GETCHAIN, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP' \
		"$work/probe.strace"
}

if command -v strace > /dev/null; then
	n=$(probe_dumps "$work/kube.in" "$work/kube.update")
	t_result probe-kube-no-chain-dump $((n != 0)) "$n chain dumps"
	n=$(probe_dumps "$work/kube.in" "$work/kube.update" \
		IPTNFT_TEST_CAREFUL=1)
	t_result probe-kube-careful-chain-dump $((n == 0)) "$n chain dumps"
	n=$(probe_dumps "$work/many.in" "$work/many.update")
	t_result probe-many-chains-chain-dump $((n == 0)) "$n chain dumps"
else
	echo "skipped probe-*-chain-dump: strace is not installed"
	t_skipped=$((t_skipped + 3))
fi

# ---- reads: one table or one chain of a big ruleset ----

# reads_run TOOL OUT ARGS...: the kube table restored by the oracle, then
# "TOOL iptables ARGS" (its output and status to OUT, without a save's
# dates); ours once more under strace, apart (LeakSanitizer does not run
# under ptrace)
reads_run() {
	local tool=$1 out=$2 bin=$ORACLE trace=:
	shift 2
	[ "$tool" = ours ] && bin=$IPTNFT && trace="strace -f -e \
trace=sendto,socket -o $work/reads.strace"
	unshare -n bash -c '
		"$ORACLE" iptables-restore "'"$work/kube.in"'"
		"$0" "$@" > "'"$out"'" 2>&1
		echo "exit $?" >> "'"$out"'"
		'"$trace"' "$0" "$@" > /dev/null 2>&1' "$bin" "$@"
	# the time of day in a save
	sed -i '/^# \(Generated by\|Completed on\) /d' "$out"
}

# reads_count PATTERN: how many of our requests (or sockets) match
reads_count() {
	grep -c -- "$1" "$work/reads.strace"
}

if command -v strace > /dev/null; then
	for cmd in "iptables -t nat -L KUBE-MARK-MASQ -n" \
		   "iptables -t nat -S KUBE-MARK-MASQ" \
		   "iptables -t nat -L KUBE-SERVICES 3 -n -v" \
		   "iptables -t filter -L -n" "iptables -t filter -S" \
		   "iptables-save -t filter" "iptables -t nat -X KUBE-SEP-X"; do
		name=reads-$(echo "$cmd" | tr -c 'a-zA-Z0-9\n-' '_' |
			     tr -s _)
		# shellcheck disable=SC2086
		reads_run oracle "$work/reads.oracle" $cmd
		# shellcheck disable=SC2086
		reads_run ours "$work/reads.ours" $cmd
		chain_dumps=$(reads_count 'GETCHAIN, nlmsg_flags=[A-Z_|]*DUMP')
		sockets=$(reads_count 'socket(AF_NETLINK')
		case $cmd in
		*" -t filter "*|*"-t filter")
			# the family's chain list, left after filter's
			bad=$((chain_dumps != 1 || sockets != 2));;
		*)
			bad=$((chain_dumps != 0))
			rules=$(reads_count 'GETRULE, nlmsg_flags=[A-Z_|]*DUMP')
			[ "$rules" -le 1 ] || bad=1
			# rule 3 of 10,000 ends the dump (a new socket)
			case $cmd in *" 3 "*)
				[ "$sockets" = 2 ] || bad=1;;
			esac;;
		esac
		same "$name" "$work/reads.oracle" "$work/reads.ours" \
			"$(head -2 "$work/reads.ours")"
		t_result "$name-requests" $bad \
			"$chain_dumps chain dumps, $sockets sockets, ${rules:-} rule dumps"
		rules=
	done
else
	echo "skipped reads-*: strace is not installed"
	t_skipped=$((t_skipped + 14))
fi

# ---- kernel: a refusal in the middle of a big restore ----

declare -A kernel_bad=(
	[dnat-in-filter]="-A BIG -j DNAT --to-destination 192.0.2.1"
	[jump-to-builtin]="-A BIG -j OUTPUT"
)
for kind in dnat-in-filter jump-to-builtin; do
	bigfile "$RULES" $((RULES / 2)) "${kernel_bad[$kind]}" > "$work/kernel.in"
	restore_cmp "kernel-$kind-$RULES" "$work/kernel.in"
done
rm -f "$work/kernel.in"

t_finish
