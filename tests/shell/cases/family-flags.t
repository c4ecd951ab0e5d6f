# -4 / -6 on iptables and ip6tables
iptables -4 -A INPUT -s 1.1.1.1
iptables -6 -A INPUT -s 1.1.1.1
ip6tables -6 -A INPUT -s ::1
ip6tables -4 -A INPUT -s ::1
iptables --ipv4 -S
iptables --ipv6 -S
ip6tables --ipv6 -S
ip6tables --ipv4 -S
iptables -4 -6 -L
iptables -S
ip6tables -S
