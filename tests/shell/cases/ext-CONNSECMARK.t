# CONNSECMARK target: --save or --restore; mangle and security tables
iptables -t mangle -A INPUT -j CONNSECMARK --save
iptables -t mangle -A INPUT -j CONNSECMARK --restore
iptables -t mangle -A INPUT -j CONNSECMARK
iptables -t mangle -A INPUT -j CONNSECMARK --save --restore
iptables -A INPUT -j CONNSECMARK --save
iptables -t security -A INPUT -j CONNSECMARK --save
iptables -t mangle -S INPUT
iptables -t mangle -L INPUT
iptables -t security -S
iptables -t mangle -A INPUT -j CONNSECMARK --save --save
iptables -t mangle -A INPUT -j CONNSECMARK ! --restore
iptables -t mangle -A OUTPUT -p tcp -j CONNSECMARK --restore
iptables -t raw -A OUTPUT -j CONNSECMARK --restore
iptables-save
iptables -t mangle -L -n -v
iptables -t mangle -C INPUT -j CONNSECMARK --restore
iptables -t mangle -D INPUT -j CONNSECMARK --save
iptables -t mangle -D INPUT -j CONNSECMARK --save
iptables -t mangle -S
ip6tables -t security -A OUTPUT -j CONNSECMARK --save
ip6tables -t mangle -A INPUT -j CONNSECMARK --restore
ip6tables -t security -L
ip6tables-save
iptables -j CONNSECMARK -h
