# iptables-restore: what the kernel refuses is listed line by line (exit 4),
# and the whole block is left undone
iptables -A INPUT -s 9.9.9.9
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-A INPUT -j OUTPUT
-A OUTPUT -j INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
:FOO - [0:0]
:BAR - [0:0]
-A FOO -j BAR
-A BAR -j FOO
-A INPUT -j FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT ! -s 0.0.0.0/0
-A INPUT -s 1.1.1.1
-A INPUT ! -d 0.0.0.0/0
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -m tcp --sport 5
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -m tcp
COMMIT
EOF
iptables-save
# kernel rules that are in the way
iptables -N REF
iptables -A INPUT -j REF
iptables -N FULL
iptables -A FULL -j ACCEPT
iptables-restore -n <<EOF
*filter
-X REF
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-X FULL
-X REF
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-X
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-E FULL REF
COMMIT
EOF
iptables-restore <<EOF
*filter
-N A
-E A B
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-A INPUT -s 1.1.1.3 -c 7 8
-Z
COMMIT
EOF
iptables-save
# a chain someone else made with another priority
!nft add table ip mangle
!nft add chain ip mangle INPUT '{ type filter hook input priority 5; }'
iptables-restore -n <<EOF
*mangle
-A INPUT -s 1.1.1.1
COMMIT
EOF
iptables-restore -n <<EOF
*mangle
:INPUT ACCEPT [0:0]
COMMIT
EOF
iptables-restore <<EOF
*mangle
-A INPUT -s 1.1.1.1
COMMIT
EOF
iptables-save
ip6tables-restore <<EOF
*filter
-A INPUT -j FORWARD
-A INPUT ! -s ::/0
COMMIT
EOF
