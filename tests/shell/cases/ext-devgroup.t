# devgroup match: groups by number, mask and name, hooks, errors, listing, -C/-D
iptables -A INPUT -m devgroup --src-group 1
iptables -A INPUT -m devgroup ! --src-group 0x10/0xf0
iptables -A INPUT -m devgroup --dst-group 2
iptables -A FORWARD -m devgroup --src-group 1 ! --dst-group 2/3
iptables -A INPUT -m devgroup --src-group default
iptables -A INPUT -m devgroup --src-group foo
iptables -A INPUT -m devgroup --src-group 1/
iptables -A INPUT -m devgroup --src-group 1/2x
iptables -A INPUT -m devgroup --src-group 4294967296
iptables -A INPUT -m devgroup --src-group 1 --src-group 2
iptables -A INPUT -m devgroup
iptables -A INPUT -m devgroup --src-group 0
iptables -A INPUT -m devgroup --src-group 0/0
iptables -A OUTPUT -m devgroup --dst-group default -j DROP
iptables -A INPUT -m devgroup -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C FORWARD -m devgroup --src-group 1 ! --dst-group 2/3
iptables -C FORWARD -m devgroup --src-group 1 --dst-group 2/3
iptables -D INPUT -m devgroup --src-group 0
iptables -D OUTPUT -m devgroup --dst-group 0 -j DROP
iptables -S
ip6tables -A FORWARD -m devgroup ! --src-group default --dst-group 7
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
