#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# iptnft-alternatives in a fake root (update-alternatives --root ROOT):
#   alternatives.sh ROOT SBINDIR APPLETDIR
# ROOT holds a staged installation (make install DESTDIR=ROOT).  Two
# scenarios:
#  1. a fake Debian iptables package (iptables-nft at priority 20,
#     iptables-legacy at 10, legacy selected by hand): enable makes our
#     names the system's, disable gives the hand-made selection back; the
#     package's files are never changed;
#  2. no iptables package: enable creates /usr/sbin/iptables & co.,
#     disable removes them.
# Removes everything it made under ROOT except the staged installation.
# Prints what went wrong and exits 1, or exits 0.
set -uo pipefail

root=$1 sbindir=$2 appletdir=$3
script=$root$sbindir/iptnft-alternatives
ua() { update-alternatives --root "$root" "$@"; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

if ! command -v update-alternatives >/dev/null; then
	echo "update-alternatives not found"
	exit 1
fi

mkdir -p "$root/etc/alternatives" "$root/var/lib/dpkg/alternatives" \
	"$root/var/log" "$root/usr/sbin"

# link PATH TARGET: PATH (in root) must be a link to TARGET
link() {
	local got
	got=$(readlink "$root$1")
	[ "$got" = "$2" ] || fail "$1 -> '$got', expected '$2'"
}
# chain NAME TARGET: /usr/sbin/NAME -> /etc/alternatives/NAME -> TARGET
chain() {
	link "/usr/sbin/$1" "/etc/alternatives/$1"
	link "/etc/alternatives/$1" "$2"
}
field() { ua --query "$1" | sed -n "s/^$2: //p" | head -n 1; }
snapshot() {
	(cd "$root" && find usr/sbin/xtables-* usr/sbin/*-nft* \
		usr/sbin/*-legacy* -printf '%p %y %l %s %T@\n' 2>/dev/null)
}

# --- 1: a fake Debian iptables package ---
for v in nft legacy; do
	printf '#!/bin/sh\necho fake %s\n' "$v" > "$root/usr/sbin/xtables-$v-multi"
	chmod +x "$root/usr/sbin/xtables-$v-multi"
	for f in iptables ip6tables; do
		for s in '' -save -restore; do
			ln -s "xtables-$v-multi" "$root/usr/sbin/$f-$v$s"
		done
	done
done
for f in iptables ip6tables; do
	for v in legacy:10 nft:20; do
		ua --quiet --install /usr/sbin/$f $f /usr/sbin/$f-${v%:*} ${v#*:} \
			--slave /usr/sbin/$f-restore $f-restore /usr/sbin/$f-${v%:*}-restore \
			--slave /usr/sbin/$f-save $f-save /usr/sbin/$f-${v%:*}-save
	done
done
ua --quiet --set iptables /usr/sbin/iptables-legacy
before=$(snapshot)

"$script" --root "$root" enable >/dev/null || fail "enable: exit $?"
for f in iptables ip6tables; do
	for s in '' -save -restore; do
		chain "$f$s" "$appletdir/$f$s"
	done
	[ "$(field $f Status)" = manual ] || fail "$f: not in manual mode"
	# the applet the alternative points at
	v=$("$root$appletdir/$f-save" --version 2>&1)
	[ "$v" = "$f-save v1.8.9 (nf_tables)" ] || fail "$f-save: $v"
done
[ "$(snapshot)" = "$before" ] || fail "enable changed the package's files"
# enable twice is harmless
"$script" --root "$root" enable >/dev/null || fail "second enable: exit $?"

"$script" --root "$root" disable >/dev/null || fail "disable: exit $?"
chain iptables /usr/sbin/iptables-legacy
chain iptables-save /usr/sbin/iptables-legacy-save
chain iptables-restore /usr/sbin/iptables-legacy-restore
[ "$(field iptables Status)" = manual ] || fail "iptables: selection lost"
chain ip6tables /usr/sbin/ip6tables-nft
chain ip6tables-restore /usr/sbin/ip6tables-nft-restore
[ "$(field ip6tables Status)" = auto ] || fail "ip6tables: not auto"
for f in iptables ip6tables; do
	ua --list $f | grep -q iptnft && fail "$f: iptnft still registered"
done
[ "$(snapshot)" = "$before" ] || fail "disable changed the package's files"
[ -e "$root/var/lib/dpkg/iptnft" ] && fail "state left in /var/lib/dpkg/iptnft"
# disable twice is harmless
"$script" --root "$root" disable >/dev/null || fail "second disable: exit $?"

# remove the fake package
for f in iptables ip6tables; do
	ua --quiet --remove-all $f
	rm -f "$root/usr/sbin/$f"-nft* "$root/usr/sbin/$f"-legacy*
done
rm -f "$root/usr/sbin/xtables-nft-multi" "$root/usr/sbin/xtables-legacy-multi"

# --- 2: no iptables package ---
"$script" --root "$root" --priority 50 enable >/dev/null ||
	fail "enable (alone): exit $?"
chain iptables "$appletdir/iptables"
chain ip6tables-restore "$appletdir/ip6tables-restore"
"$script" --root "$root" disable >/dev/null || fail "disable (alone): exit $?"
for f in iptables ip6tables; do
	for s in '' -save -restore; do
		[ -L "$root/usr/sbin/$f$s" ] && fail "/usr/sbin/$f$s left"
		[ -L "$root/etc/alternatives/$f$s" ] &&
			fail "/etc/alternatives/$f$s left"
	done
done

# dry run: prints, changes nothing
out=$("$script" --root "$root" --dry-run enable)
grep -q -- "--install /usr/sbin/iptables iptables $appletdir/iptables 5" \
	<<<"$out" || fail "dry run: $out"
[ -e "$root/usr/sbin/iptables" ] && fail "dry run made links"

rm -rf "$root/etc" "$root/var"
rm -f "$root/usr/sbin/iptables" "$root/usr/sbin/ip6tables" \
	"$root"/usr/sbin/ip*tables-save "$root"/usr/sbin/ip*tables-restore
rmdir "$root/usr/sbin" 2>/dev/null || :
[ $fails = 0 ]
