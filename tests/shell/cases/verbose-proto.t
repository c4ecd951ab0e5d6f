# The rule -v prints (-A, -I, -D, -C, restore -v) names a protocol only
# when iptables knows it itself (tcp, udp, udplite, sctp, icmp, icmpv6,
# esp, ah, mh: by /etc/protocols' name); others are numbers, "gre" too.
# -L and -S name every protocol /etc/protocols has.  -C/-D -v name the
# rules found, up to the first one missing.
iptables -A INPUT -p 47 -v
iptables -A INPUT -p gre -j DROP -v
iptables -A INPUT ! -p igmp -v
iptables -A INPUT -p 135 -v
iptables -A INPUT -p mh -v
iptables -A INPUT -p 136 -v
iptables -A INPUT -p 58 -v
iptables -A INPUT -p 41 -v
iptables -C INPUT -p 47 -j DROP -v
iptables -D INPUT -p 2 -v
iptables -D INPUT ! -p 2 -v
iptables -A INPUT -s 2.2.2.2 -p tcp
iptables -C INPUT -s 1.1.1.1,2.2.2.2 -p tcp -v
iptables -C INPUT -s 2.2.2.2,1.1.1.1 -p tcp -v
iptables -D INPUT -s 2.2.2.2,1.1.1.1 -p tcp -v
iptables -L INPUT
iptables -S INPUT
ip6tables -I INPUT -p 47 -v
ip6tables -A INPUT -p ipv6-icmp -v
iptables-restore -v --noflush <<EOF
*filter
-A FORWARD -p 47 -j ACCEPT
-A FORWARD -p 50 -j ACCEPT
COMMIT
EOF
iptables-save
