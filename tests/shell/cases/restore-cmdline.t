# iptables-restore's own options, as glibc's getopt_long reads them
iptables-restore --bogus
iptables-restore -x
iptables-restore -4
iptables-restore -6
iptables-restore --ipv4
iptables-restore --ipv6
iptables-restore -M
iptables-restore -T
iptables-restore --table
iptables-restore --ver
iptables-restore --t
iptables-restore --he
iptables-restore --help
iptables-restore -ht
iptables-restore -th
iptables-restore -Vh
iptables-restore --version
ip6tables-restore -V
ip6tables-restore -h
iptables-restore a b
iptables-restore /nonexistent
iptables-restore -
iptables-restore -- -
iptables-restore -b <<EOF
EOF
iptables-restore -w5 <<EOF
EOF
# -w and -W take an optional value only glued to the long form, or as the
# next word unless it looks like an option
iptables-restore -w 5 <<EOF
*filter
-A INPUT -s 1.1.1.1
COMMIT
EOF
iptables-restore -W 10 -w <<EOF
*filter
-A INPUT -s 1.1.1.2
COMMIT
EOF
iptables-restore --wait=3 --wait-interval=2 <<EOF
*filter
-A INPUT -s 1.1.1.3
COMMIT
EOF
iptables-restore --wait-interval 2 -w 1 <<EOF
*filter
-A INPUT -s 1.1.1.4
COMMIT
EOF
iptables-restore -w -n <<EOF
*filter
-A INPUT -s 1.1.1.5
COMMIT
EOF
iptables-restore -M /bin/false --modprobe=/bin/true -v -c --counters <<EOF
*filter
-A INPUT -s 1.1.1.6
COMMIT
EOF
iptables-restore --noflush --tab=filter <<EOF
*filter
-A INPUT -s 1.1.1.7
COMMIT
*nat
-A INPUT -s 1.1.1.8
COMMIT
EOF
iptables-save
iptables-restore -ntcv <<EOF
*filter
-A INPUT -s 1.1.1.9
COMMIT
EOF
iptables-save
