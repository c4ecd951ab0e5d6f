# legacy x_tables tables in the namespace: -L, -S and save warn that they
# do not show them (IPv4 only here: the IPv6 side has none)
iptables -A INPUT -j ACCEPT
iptables -L -n
!legacy iptables -A INPUT -j DROP
iptables -L -n
iptables -L INPUT -n -v
iptables -S
iptables -S INPUT 1
iptables -t nat -L -n
iptables -L -Z -n
iptables -A INPUT -j ACCEPT
iptables-save
ip6tables -L -n
ip6tables-save
!legacy ip6tables -A INPUT -j DROP
ip6tables -S
ip6tables-save
