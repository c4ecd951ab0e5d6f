# --noflush: after -X (every user chain) iptables-nft 1.8.9 forgets the
# builtin chains' rules: -D n, -R n, -Z of one is "No chain/target/match
# by that name.", -I n past the head is "Index of insertion too big." (and
# "-X; -N C; -A C ...; -R C 1 ..." crashes it).  iptables-legacy and
# iptnft still see them (XFAIL, diff mode: a 1.8.9 bug not copied)
iptables -N U1
iptables -A U1 -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -j U1
iptables -A OUTPUT -j ACCEPT
iptables -A OUTPUT -j DROP
iptables -N U2
iptables-restore --noflush <<EOF
*filter
-F U1
-D INPUT 1
-X
-D OUTPUT 1
-I OUTPUT 2 -s 2.2.2.2
-R OUTPUT 1 -s 3.3.3.3
COMMIT
EOF
iptables-save
