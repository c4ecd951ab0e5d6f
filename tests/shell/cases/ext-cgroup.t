# cgroup match (revision 2): class ids and cgroup2 paths, errors, listing, -C/-D
iptables -A OUTPUT -m cgroup --cgroup 1
iptables -A OUTPUT -m cgroup ! --cgroup 0x100001
iptables -A OUTPUT -m cgroup --path /
iptables -A OUTPUT -m cgroup ! --path /user.slice
iptables -A OUTPUT -m cgroup --path /nonexistent
iptables -A OUTPUT -m cgroup --cgroup 1 --path /
iptables -A OUTPUT -m cgroup
iptables -A OUTPUT -m cgroup --cgroup x
iptables -A OUTPUT -m cgroup --cgroup 4294967296
iptables -A OUTPUT -m cgroup --cgroup 1 --cgroup 2
iptables -A INPUT -m cgroup --cgroup 1
iptables -A OUTPUT -m cgroup --path "/" -j DROP
iptables -A OUTPUT -m cgroup -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C OUTPUT -m cgroup ! --cgroup 1048577
iptables -C OUTPUT -m cgroup --cgroup 1048577
iptables -D OUTPUT -m cgroup --path / -j DROP
iptables -D OUTPUT -m cgroup --cgroup 1
iptables -S OUTPUT
ip6tables -A OUTPUT -m cgroup ! --path / -j ACCEPT
ip6tables -A OUTPUT -m cgroup --cgroup 0x10 -j ACCEPT
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D OUTPUT -m cgroup --cgroup 16 -j ACCEPT
ip6tables -S
