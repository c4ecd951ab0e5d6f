# iptables-restore --noflush: the kernel's rules plus what the block did
iptables -N USER
iptables -A USER -s 10.0.0.1 -j ACCEPT
iptables -A USER -s 10.0.0.2 -j DROP
iptables -A INPUT -s 1.1.1.1 -j USER
iptables -A INPUT -s 2.2.2.2
iptables -A INPUT -s 3.3.3.3 -c 5 500
iptables -N OTHER
iptables -A OTHER -s 10.0.1.1
iptables -t nat -A POSTROUTING -s 10.9.9.9
# a declared user chain is emptied, the rest is kept
iptables-restore --noflush <<EOF
*filter
:USER - [0:0]
-A USER -s 10.0.0.3 -j RETURN
COMMIT
EOF
iptables-save -c
# positions count the kernel's rules and the block's
iptables-restore --noflush <<EOF
*filter
-I INPUT 2 -s 4.4.4.4
-A INPUT -s 5.5.5.5
-I INPUT 5 -s 6.6.6.6
-I INPUT 7 -s 7.7.7.7
-I INPUT -s 8.8.8.8
-I INPUT 3 -s 9.9.9.1,9.9.9.2
COMMIT
EOF
iptables -S INPUT
iptables-restore -n <<EOF
*filter
-D INPUT -s 2.2.2.2
-D INPUT 1
-D INPUT -s 5.5.5.5
-R INPUT 2 -s 2.0.0.2 -j ACCEPT
-D INPUT 3
-C INPUT -s 7.7.7.7
-C OTHER -s 10.0.1.1
COMMIT
EOF
iptables -S INPUT
iptables-restore -n <<EOF
*filter
-R INPUT 1 -s 2.0.0.3 -c 7 700
-Z INPUT 3
COMMIT
EOF
iptables-save -c
# failures leave everything as it was
iptables-restore -n <<EOF
*filter
-A INPUT -s 1.0.0.1
-D INPUT -s 2.2.2.2
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-A INPUT -s 1.0.0.1
-D INPUT 99
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-R INPUT 99 -s 1.0.0.1
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-I INPUT 99 -s 1.0.0.1
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-C INPUT -s 1.0.0.1
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-N USER
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-X OTHER
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-X USER
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-E OTHER USER
COMMIT
EOF
iptables-save -c
# chains: new ones, renames, deletions, flushes
iptables-restore -n <<EOF
*filter
:NEW - [0:0]
-A NEW -j OTHER
-E OTHER RENAMED
-A OTHER -s 10.0.2.2
-F USER
-A USER -j RETURN
COMMIT
EOF
iptables-save
iptables-restore -n <<EOF
*filter
-F NEW
-X NEW
-A INPUT -j NEW
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-F NEW
-X NEW
COMMIT
EOF
iptables-restore -n <<EOF
*filter
-F RENAMED
-X RENAMED
-Z
COMMIT
*nat
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -s 10.8.8.8
COMMIT
EOF
iptables-save -c
iptables-restore -n <<EOF
*filter
-N A
-A A -s 1.1.1.1
-A FORWARD -s 2.2.2.2
-F
-A A -s 3.3.3.3
-P OUTPUT DROP
COMMIT
EOF
iptables-save
# builtin chains: made on first use, policies kept unless a line sets them
iptables-restore -n <<EOF
*mangle
-A PREROUTING -s 1.1.1.1
:OUTPUT DROP [0:0]
COMMIT
*raw
-I OUTPUT 1 -s 2.2.2.2
COMMIT
EOF
iptables-restore -n <<EOF
*mangle
-I PREROUTING 2 -s 3.3.3.3
-A FORWARD -s 4.4.4.4
COMMIT
EOF
iptables-save
ip6tables -A INPUT -s ::1
ip6tables-restore -n <<EOF
*filter
-I INPUT 1 -s ::2
-D INPUT -s ::1
-A INPUT -s ::3
COMMIT
EOF
ip6tables-save
