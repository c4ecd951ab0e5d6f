#!/bin/sh
# Differential tests of iptnft against iptables-nft 1.8.9 (see README.md).
# Runs every case in cases/ oracle-vs-iptnft and in both interop directions;
# ends with "N passed, N failed" (", N skipped": expected failures listed in
# XFAIL, or everything when the oracle is missing).
# Any argument is passed on to difftest.py, e.g. `run.sh cases/append.t`,
# `run.sh --self` or `run.sh -j1 -q`.  IPTNFT=path selects the binary.
here=$(dirname "$0")
if ! command -v python3 >/dev/null 2>&1; then
	echo "skip: python3 not found"
	echo "0 passed, 0 failed, $(ls "$here"/cases/*.t | wc -l) skipped"
	exit 0
fi
case " $* " in
*" --self "*|*" --interop "*|*" --show "*) exec python3 "$here/difftest.py" "$@" ;;
*) exec python3 "$here/difftest.py" --both "$@" ;;
esac
