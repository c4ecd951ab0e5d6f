# iptables-restore: odd corners of iptables-nft 1.8.9 that iptnft keeps
iptables -N U1
iptables -A U1 -s 2.2.2.2
# "-Z CHAIN" of a missing chain words its error like the command before it
# did (iptables-nft's last nft_fn), even in an earlier block
iptables-restore -n <<EOF
*filter
-Z NOPE
COMMIT
EOF
iptables-restore -n <<EOF
*filter
:OUTPUT DROP [0:0]
:U2 - [0:0]
-Z NOPE
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-C U1 -s 2.2.2.2
-Z NOPE
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-Z NOPE 2
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-P INPUT ACCEPT
-A INPUT -s 3.3.3.3
-Z NOPE
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-P INPUT DROP
COMMIT
*nat
-Z NOPE
COMMIT
EOF
iptables-restore <<EOF
*raw
-P OUTPUT DROP
COMMIT
*nat
-Z NOPE
COMMIT
EOF
iptables-save
# -X of a builtin chain: refused when it has no rules, left to the kernel
# when it has some
iptables -P FORWARD DROP
iptables-restore -n <<EOF
*filter
-X FORWARD
COMMIT
EOF
iptables -A OUTPUT -s 4.4.4.4
iptables-restore -n <<EOF
*filter
-X OUTPUT
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-X PREROUTING
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-A INPUT -s 4.4.4.5
-X INPUT
COMMIT
EOF
# a policy the block sets does not count: the kernel's does
iptables-restore -n <<EOF
*mangle
:PREROUTING DROP [0:0]
-X PREROUTING
COMMIT
EOF
iptables-save -t mangle
# -Z past the end, -Z of a rule with counters, -Z of the whole table
iptables -A U1 -s 5.5.5.5 -c 10 20
iptables-restore -n <<EOF
*filter
-Z U1 9
-Z U1 2
COMMIT
EOF
iptables-save -c
iptables -A U1 -s 6.6.6.6 -c 30 40
iptables-restore -n -v <<EOF
*filter
-Z
COMMIT
EOF
iptables-save -c
# ":CHAIN -" keeps the policy; -P of a user chain is refused
iptables-restore -n <<EOF
*filter
:FORWARD - [0:0]
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-P U1 DROP
COMMIT
EOF
iptables-save
# -F without a chain empties the table only when the kernel has it
iptables-restore <<EOF
*filter
:U1 - [0:0]
-A U1 -s 7.7.7.7
-F
-A U1 -s 8.8.8.8
COMMIT
EOF
iptables-save
iptables-restore -n <<EOF
*filter
-A U1 -s 9.9.9.9
-F
-A U1 -s 9.9.9.10
COMMIT
EOF
iptables-save
