# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the bash test suites (tests/bench/smoke.sh, tests/memcheck.sh):
# ok/FAIL/xfail reporting with an XFAIL file, and the summary line.
#
# XFAIL format and rules, as for tests/shell/XFAIL: "NAME  reason" lines;
# a failing test listed there is "xfail" (counted as skipped), a listed
# test that passes is "XPASS" (counted as failed), a listed name that is
# not a test is a failure too.
#
#   . tests/lib.sh
#   t_init path/to/XFAIL
#   t_result NAME STATUS OUTPUT      STATUS 0 = pass; OUTPUT shown on FAIL
#   t_finish                         prints the summary; returns 1 on failure
#   t_netns_exec VAR ORACLE? "$0" "$@"
#                                    re-runs the script in a new network
#                                    namespace (see below)
#
# A test whose status is the sanitizers' exit status ($t_san_exit, set in
# ASAN_OPTIONS/UBSAN_OPTIONS by tests/run-all) or whose output holds a
# sanitizer report fails, even if it passed otherwise or is listed in XFAIL
# (the patterns are those of tests/sanitizer.py).

t_passed=0 t_failed=0 t_skipped=0 t_verbose=${t_verbose:-no}
# $IPTNFT as an absolute path: scripts re-run themselves and change
# directory
case ${IPTNFT:-} in
*/*) IPTNFT=$(cd "$(dirname "$IPTNFT")" && pwd)/$(basename "$IPTNFT") ;;
esac
t_san_exit=86
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}halt_on_error=1:detect_leaks=1:abort_on_error=0:exitcode=$t_san_exit
export UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1:exitcode=$t_san_exit
t_san_re='==[0-9]+==ERROR: [A-Za-z]+Sanitizer|:[0-9]+(:[0-9]+)?: runtime error: |SUMMARY: [A-Za-z]+Sanitizer: '
declare -A t_xfail=() t_seen=() t_xfailed=()

t_init() {
	local name reason
	t_xfail_file=$1
	[ -f "$t_xfail_file" ] || return 0
	while read -r name reason; do
		case $name in ''|'#'*) continue ;; esac
		t_xfail[$name]=$reason
	done < "$t_xfail_file"
}

t_result() {
	local name=$1 status=$2 output=$3
	t_seen[$name]=1
	if [ "$status" = $t_san_exit ] || [[ $output =~ $t_san_re ]]; then
		echo "FAIL $name (memory error: a sanitizer report or exit status $t_san_exit)"
		printf '%s\n' "$output" | grep -E -A 30 "$t_san_re" | head -n 60 |
			sed 's/^/    /'
		[ -n "${t_xfail[$name]:-}" ] && t_xfailed[$name]=1
		t_failed=$((t_failed + 1))
	elif [ "$status" = 0 ]; then
		echo "ok $name"
		t_passed=$((t_passed + 1))
		[ "$t_verbose" = yes ] && printf '%s\n' "$output" | sed 's/^/    /'
	elif [ -n "${t_xfail[$name]:-}" ]; then
		echo "xfail $name (${t_xfail[$name]})"
		t_xfailed[$name]=1
		t_skipped=$((t_skipped + 1))
		[ "$t_verbose" = yes ] && printf '%s\n' "$output" | sed 's/^/    /'
	else
		echo "FAIL $name"
		printf '%s\n' "$output" | tail -n 30 | sed 's/^/    /'
		t_failed=$((t_failed + 1))
	fi
	return 0
}

t_finish() {
	local name
	for name in "${!t_xfail[@]}"; do
		if [ -z "${t_seen[$name]:-}" ]; then
			echo "FAIL $t_xfail_file names $name, which is not a test"
			t_failed=$((t_failed + 1))
		elif [ -z "${t_xfailed[$name]:-}" ]; then
			echo "XPASS $name (${t_xfail[$name]}): passes now; remove it from $t_xfail_file"
			t_failed=$((t_failed + 1))
		fi
	done
	if [ $t_skipped -gt 0 ]; then
		echo "$t_passed passed, $t_failed failed, $t_skipped skipped"
	else
		echo "$t_passed passed, $t_failed failed"
	fi
	[ $t_failed = 0 ]
}

# t_netns_exec VAR NEED_ORACLE SCRIPT ARGS...: unless VAR is set (we are
# already inside), checks for root, unshare and nft, for $IPTNFT, and for
# the oracle $ORACLE if NEED_ORACLE is "oracle"; then runs SCRIPT ARGS in a
# new network namespace with VAR=1 and exits with its status.  What is
# missing is reported as a summary line: skipped, or failed for $IPTNFT.
t_netns_exec() {
	local var=$1 need=$2

	shift 2
	[ -n "${!var:-}" ] && return 0
	if ! command -v unshare >/dev/null || ! command -v nft >/dev/null ||
	   ! unshare -n true 2>/dev/null; then
		echo "skip: needs root, unshare and nft"
		echo "0 passed, 0 failed, 1 skipped"
		exit 0
	fi
	if [ "$need" = oracle ] && ! command -v "$ORACLE" >/dev/null; then
		echo "skip: the oracle $ORACLE is not installed"
		echo "0 passed, 0 failed, 1 skipped"
		exit 0
	fi
	if [ ! -x "$IPTNFT" ]; then
		echo "FAIL $IPTNFT not found: build it first, or set IPTNFT"
		echo "0 passed, 1 failed"
		exit 1
	fi
	export "$var=1"
	exec unshare -n bash "$@"
}
