# --noflush: ":CHAIN" empties a chain that exists.  iptables-nft 1.8.9
# keeps the old rules in its cache, so the lines after it still see them
# (-I n inserts next to a deleted rule, -D/-R/-Z of one is refused by the
# kernel, -E fails); iptables-legacy and iptnft see the chain empty
# (XFAIL, diff mode: a 1.8.9 bug not copied)
iptables -N U3
iptables -A U3 -s 1.1.1.1 -j ACCEPT
iptables -A U3 -s 2.2.2.2 -j DROP -c 5 6
iptables -N U2
iptables-restore --noflush <<EOF
*filter
:U3 - [0:0]
-I U3 2 -s 7.7.7.7
COMMIT
EOF
iptables-save -c
iptables-restore --noflush <<EOF
*filter
:U3 - [0:0]
-A U3 -s 1.1.1.1 -j ACCEPT
-D U3 -s 1.1.1.1 -j ACCEPT
-A U3 -s 2.2.2.2 -j DROP -c 5 6
COMMIT
EOF
iptables-save -c
iptables-restore --noflush <<EOF
*filter
:U3 - [0:0]
-A U3 -s 3.3.3.3
-I U3 2 -s 4.4.4.4
-E U3 U4
COMMIT
EOF
iptables-save -c
