# ecn match: TCP flags, IP ECT, inversion, errors, listing, -C/-D
iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr
iptables -A INPUT -p tcp -m ecn ! --ecn-tcp-cwr
iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece
iptables -A INPUT -p tcp -m ecn ! --ecn-tcp-ece
iptables -A INPUT -m ecn --ecn-ip-ect 0
iptables -A INPUT -m ecn --ecn-ip-ect 3
iptables -A INPUT -m ecn ! --ecn-ip-ect 2
iptables -A INPUT -m ecn --ecn-ip-ect 4
iptables -A INPUT -m ecn --ecn-ip-ect -1
iptables -A INPUT -m ecn --ecn-ip-ect x
iptables -A INPUT -m ecn
iptables -A INPUT -m ecn --ecn-tcp-cwr
iptables -A INPUT -p udp -m ecn --ecn-tcp-ece
iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr --ecn-tcp-cwr
iptables -A INPUT -p tcp -m ecn ! --ecn-tcp-cwr --ecn-tcp-ece --ecn-ip-ect 1
iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr ! --ecn-tcp-ece ! --ecn-ip-ect 1
iptables -A INPUT -m ecn --ecn-ip-ect 1 --ecn-ip-ect 2
iptables -A INPUT -m ecn -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -p tcp -m ecn --ecn-tcp-ece ! --ecn-tcp-cwr --ecn-ip-ect 1
iptables -C INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-cwr --ecn-ip-ect 1
iptables -D INPUT -m ecn ! --ecn-ip-ect 2
iptables -D INPUT -m ecn ! --ecn-ip-ect 2
iptables -S INPUT
ip6tables -A INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-tcp-cwr --ecn-ip-ect 2
ip6tables -A INPUT -m ecn ! --ecn-ip-ect 3 -j DROP
ip6tables -A INPUT -m ecn ! --ecn-tcp-ece
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m ecn ! --ecn-ip-ect 3 -j DROP
ip6tables -S
