# TRACE target: native meta nftrace set 1, any table, no options
iptables -t raw -A PREROUTING -j TRACE
iptables -A INPUT -j TRACE
iptables -t mangle -A INPUT -p tcp -j TRACE
iptables -t raw -A OUTPUT -j TRACE --foo
iptables -S
iptables -L
iptables -t raw -L -n
iptables -t mangle -S
iptables -C INPUT -j TRACE
ip6tables -t raw -A PREROUTING -j TRACE
ip6tables -t raw -S
iptables -t raw -A OUTPUT -j TRACE --trace
iptables -t raw -A OUTPUT -p udp --dport 53 -j TRACE
iptables -t nat -A OUTPUT -j TRACE
iptables -t raw -L -n -v
iptables-save
iptables -t raw -D OUTPUT -p udp --dport 53 -j TRACE
iptables -t raw -C PREROUTING -j TRACE
iptables -t raw -D PREROUTING -j TRACE
iptables -t raw -S
ip6tables -A FORWARD -j TRACE
ip6tables -L -n
ip6tables-save
ip6tables -D FORWARD -j TRACE
iptables -j TRACE -h
