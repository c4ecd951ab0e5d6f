# eui64 match (IPv6): no options, hooks the kernel allows, listing, -C/-D
ip6tables -A INPUT -m eui64
ip6tables -t raw -A PREROUTING -m eui64
ip6tables -A OUTPUT -m eui64
ip6tables -A FORWARD -m eui64 -j DROP
ip6tables -A INPUT -m eui64 --foo
ip6tables -A INPUT -m eui64 -h
iptables -A INPUT -m eui64
ip6tables -t raw -S
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C FORWARD -m eui64 -j DROP
ip6tables -C FORWARD -m eui64 -j ACCEPT
ip6tables -D INPUT -m eui64
ip6tables -D INPUT -m eui64
ip6tables -S
