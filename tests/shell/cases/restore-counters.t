# iptables-restore: counters of rules and policies, with and without -c
iptables-restore -c <<EOF
*filter
:INPUT ACCEPT [5:500]
:FORWARD DROP [6:600]
:OUTPUT ACCEPT [0:0]
:USER - [7:700]
[1:100] -A INPUT -s 1.1.1.1
[2:200] -A INPUT -s 2.2.2.2 -j USER
-A INPUT -s 3.3.3.3 -c 3 300
[4:400] -A USER -s 4.4.4.4,4.4.4.5 -j ACCEPT
COMMIT
EOF
iptables-save -c
# without -c: "[p:b]" prefixes are ignored, "-c p b" is not
iptables-restore <<EOF
*filter
:INPUT ACCEPT [5:500]
[1:100] -A INPUT -s 1.1.1.1
-A INPUT -s 3.3.3.3 -c 3 300
COMMIT
EOF
iptables-save -c
# --noflush: a policy line sets the counters (to 0 without -c)
iptables-restore --noflush <<EOF
*filter
:INPUT DROP [9:900]
COMMIT
EOF
iptables-save -c
iptables-restore --noflush -c <<EOF
*filter
:INPUT ACCEPT [9:900]
:FORWARD - [8:800]
COMMIT
EOF
iptables-save -c
# -P in a restore file, with and without a counter prefix
iptables-restore --noflush -c <<EOF
*filter
[3:4] -P INPUT DROP
-P FORWARD DROP
COMMIT
EOF
iptables-save -c
iptables-restore --noflush <<EOF
*filter
-P INPUT ACCEPT
COMMIT
EOF
iptables-save -c
# a prefix and -c on the same line, with -c
iptables-restore -c <<EOF
*filter
[7:8] -A INPUT -c 1 2
COMMIT
EOF
# malformed prefixes
iptables-restore -c <<EOF
*filter
[1:2 -A INPUT
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[12] -A INPUT
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[:] -A INPUT
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[1:] -A INPUT
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[x:y] -A INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
[x:y] -A INPUT -s 5.5.5.5
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[1:2]-A INPUT -s 6.6.6.6
[1] -A INPUT -m comment --comment a:b
COMMIT
EOF
iptables-restore -c <<EOF
*filter
[3:4] -A INPUT -s 7.7.7.7
:INPUT ACCEPT [x:y]
COMMIT
EOF
iptables-restore -c <<EOF
*filter
:INPUT ACCEPT
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT ACCEPT [x:y]
COMMIT
EOF
iptables-save -c
ip6tables-restore -c <<EOF
*filter
:INPUT DROP [11:1100]
[12:1200] -A INPUT -s ::1
-A INPUT -s ::2 -c 13 1300
COMMIT
EOF
ip6tables-save -c
