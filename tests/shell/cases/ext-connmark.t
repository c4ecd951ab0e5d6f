# connmark match: value/mask, !, errors
iptables -A INPUT -m connmark
iptables -A INPUT -m connmark --mark 3/
iptables -A INPUT -m connmark --mark 3 --mark 4
iptables -A INPUT -m connmark --mark x
iptables -A INPUT -m connmark --mark 4294967296
iptables -A INPUT -m connmark --mark 3/0xf -j ACCEPT
iptables -A INPUT -m connmark ! --mark 3
iptables -A INPUT -m connmark --mark 0
iptables -A INPUT -m connmark ! --mark 0x10/0x10
iptables -A INPUT -m connmark --mark 0xffffffff/0xffffffff
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m connmark --mark 3/15 -j ACCEPT
iptables -C INPUT -m connmark --mark 3 -j ACCEPT
iptables -D INPUT -m connmark ! --mark 0x3
iptables -D INPUT -m connmark --mark 0xffffffff
iptables -S INPUT
ip6tables -A INPUT -m connmark --mark 1/1 -j DROP
ip6tables -A INPUT -m connmark ! --mark 2
ip6tables -A INPUT -m connmark
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m connmark --mark 1/1 -j DROP
ip6tables -S
