# cpu match: numbers, errors, listing, -C/-D
iptables -A INPUT -m cpu --cpu 0
iptables -A INPUT -m cpu ! --cpu 1
iptables -A INPUT -m cpu --cpu 4294967295
iptables -A INPUT -m cpu --cpu 4294967296
iptables -A INPUT -m cpu --cpu -1
iptables -A INPUT -m cpu --cpu x
iptables -A INPUT -m cpu --cpu 0x10
iptables -A INPUT -m cpu --cpu 1 --cpu 2
iptables -A INPUT -m cpu
iptables -A INPUT -m cpu -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m cpu ! --cpu 1
iptables -C INPUT -m cpu --cpu 1
iptables -D INPUT -m cpu --cpu 0x10
iptables -S INPUT
ip6tables -A INPUT -m cpu --cpu 3 -j DROP
ip6tables -A INPUT -m cpu ! --cpu 3
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m cpu ! --cpu 3
ip6tables -S
