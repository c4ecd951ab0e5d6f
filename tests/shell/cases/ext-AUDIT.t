# AUDIT target: --type accept|drop|reject (any case), mandatory
iptables -A INPUT -j AUDIT --type accept
iptables -A INPUT -j AUDIT --type DROP
iptables -A INPUT -j AUDIT --type reject
iptables -A INPUT -j AUDIT --type foo
iptables -A INPUT -j AUDIT
iptables -A INPUT -j AUDIT --type accept --type drop
iptables -t mangle -A INPUT -j AUDIT --type drop
iptables -S
iptables -L
iptables -L -n
iptables -A INPUT -j AUDIT ! --type drop
iptables -A INPUT -j AUDIT --type ""
iptables -A OUTPUT -p tcp -j AUDIT --type Reject
iptables -t mangle -S INPUT
iptables-save
iptables -C INPUT -j AUDIT --type DROP
iptables -D INPUT -j AUDIT --type accept
iptables -D INPUT -j AUDIT --type accept
iptables -S INPUT
ip6tables -A INPUT -j AUDIT --type drop
ip6tables -t raw -A PREROUTING -j AUDIT --type accept
ip6tables-save
ip6tables -L
iptables -j AUDIT -h
