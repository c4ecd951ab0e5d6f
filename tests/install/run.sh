#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The installation test, run by `make check` (tests/run-all, suite
# "install").  In a configured and built tree:
#   make install DESTDIR=TMP; checks the binary, every applet name (a link
#   that reaches iptnft and answers --version), that nothing else lands in
#   $(sbindir), the manual pages (groff -ww silent, mandoc -T lint when
#   present, every extension and option of the registry documented); then
#   iptnft-alternatives against a fake Debian root (--root TMP); then
#   make uninstall DESTDIR=TMP, which must leave no file or link behind.
#
#   tests/install/run.sh [--srcdir DIR] [--builddir DIR] [-v]
#
# Needs no kernel and no root.  Prints ok/FAIL lines and a last line
# "N passed, N failed[, N skipped]".
set -uo pipefail
shopt -s extglob

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
builddir=$PWD
while [ $# -gt 0 ]; do
	case $1 in
	--srcdir) srcdir=$(cd "$2" && pwd); shift 2 ;;
	--builddir) builddir=$(cd "$2" && pwd); shift 2 ;;
	-v) t_verbose=yes; shift ;;
	*) echo "usage: $0 [--srcdir DIR] [--builddir DIR] [-v]" >&2; exit 2 ;;
	esac
done
. "$srcdir/tests/lib.sh"
t_init "$here/XFAIL"
export LC_ALL=C

# The applet names iptnft must install (more are fine if they work).
applets="iptables ip6tables iptables-save ip6tables-save iptables-restore
ip6tables-restore iptables-nft ip6tables-nft iptables-nft-save
ip6tables-nft-save iptables-nft-restore ip6tables-nft-restore
iptables-legacy ip6tables-legacy iptables-legacy-save ip6tables-legacy-save
iptables-legacy-restore ip6tables-legacy-restore xtables-nft-multi"
pages="iptnft iptnft-iptables iptnft-ip6tables iptnft-save iptnft-restore
iptnft-extensions iptnft-alternatives"

tmp=$(mktemp -d /tmp/iptnft-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/root

# A sub-make of our own: not the jobserver or flags of `make check`.
mk() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ${MAKE:-make} -s \
		--no-print-directory -C "$builddir" "$@"
}
# The value of a Makefile variable, as make sees it.
mkvar() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ${MAKE:-make} -s \
		--no-print-directory -C "$builddir" -f Makefile \
		-f "$here/print-var.mk" print-var VAR="$1"
}

sbindir=$(mkvar sbindir)
appletdir=$(mkvar appletdir)
man8dir=$(mkvar man8dir)

# --- make install ---
out=$(mk install DESTDIR="$dest" 2>&1)
t_result make-install $? "$out"

# the binary and the script
out=$("$dest$sbindir/iptnft" --version 2>&1) &&
	[[ $out == "iptnft "*"iptables v1.8.9 compatible"* ]]
t_result binary $? "$dest$sbindir/iptnft --version: $out"
out=$("$dest$sbindir/iptnft-alternatives" --version 2>&1) &&
	[[ $out == "iptnft-alternatives (iptnft "* ]]
t_result alternatives-script $? "$out"

# every applet name: a link that reaches the installed iptnft and runs
out=
status=0
for n in $applets; do
	[ -L "$dest$appletdir/$n" ] || {
		out+="$appletdir/$n: not a link"$'\n'; status=1; continue; }
done
for f in "$dest$appletdir"/*; do
	n=${f##*/}
	[ "$n" = iptnft ] || [ "$n" = iptnft-alternatives ] && continue
	if [ "$(readlink -f "$f")" != "$(readlink -f "$dest$sbindir/iptnft")" ]
	then
		out+="$n -> $(readlink "$f"): not the installed iptnft"$'\n'
		status=1
		continue
	fi
	v=$("$f" --version 2>&1)
	case $n in
	xtables-nft-multi) want="iptnft *" ;;
	# the applet's name, with or without its -nft/-legacy part (restore
	# prints the name it was called by, as iptables-nft does)
	*) b=${n/-nft/}; b=${b/-legacy/}
	   want="@($b|$n) v1.8.9 (nf_tables)" ;;
	esac
	# shellcheck disable=SC2053
	[[ $v == $want ]] || { out+="$n --version: $v"$'\n'; status=1; }
done
t_result applet-names $status "$out"

# nothing of ours in sbindir but iptnft and the script (Debian's iptables
# package owns the other names there)
if [ "$appletdir" != "$sbindir" ]; then
	out=$(ls "$dest$sbindir")
	[ "$out" = $'iptnft\niptnft-alternatives' ]
	t_result sbindir-clean $? "$out"
fi

# --- manual pages ---
status=0 out=
for p in $pages; do
	f=$dest$man8dir/$p.8
	[ -f "$f" ] || { out+="missing $f"$'\n'; status=1; continue; }
	w=$(cd "$dest$man8dir/.." && groff -man -ww -z -t "$f" 2>&1)
	[ -z "$w" ] || { out+="$p: groff: $w"$'\n'; status=1; }
	# rendered as man(1) would, at 80 columns: no overlong lines
	w=$(cd "$dest$man8dir/.." && groff -man -Tutf8 -t -rLL=78n \
		-P-cbou "$f" 2>&1 | awk 'length > 80')
	[ -z "$w" ] || { out+="$p: lines over 80 columns:"$'\n'$w$'\n'; status=1; }
	if command -v mandoc >/dev/null; then
		w=$(cd "$dest$man8dir/.." && mandoc -T lint -W warning "$f" 2>&1)
		[ -z "$w" ] || { out+="$p: mandoc: $w"$'\n'; status=1; }
	fi
done
for f in "$dest$man8dir"/*; do
	case " $(echo $pages) " in
	*" $(basename "$f" .8) "*) ;;
	*) out+="unexpected page $f"$'\n'; status=1 ;;
	esac
done
t_result man-pages $status "$out"

# every extension and option of the registry is in iptnft-extensions(8)
out=$("$builddir/tests/install/ext-opts" |
	python3 "$here/check-ext-page.py" "$dest$man8dir/iptnft-extensions.8" 2>&1)
t_result man-extensions $? "$out"

# --- iptnft-alternatives against a fake Debian root ---
out=$(bash "$here/alternatives.sh" "$dest" "$sbindir" "$appletdir" 2>&1)
t_result alternatives $? "$out"

# --- make uninstall ---
out=$(mk uninstall DESTDIR="$dest" 2>&1)
t_result make-uninstall $? "$out"
out=$(find "$dest" ! -type d)
[ -z "$out" ]
t_result uninstall-leaves-nothing $? "left: $out"

t_finish
