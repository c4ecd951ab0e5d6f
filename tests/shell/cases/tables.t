# -t table selection and the builtin chains of each table
iptables -t filter -L
iptables -t nat -L
iptables -t mangle -L
iptables -t raw -L
iptables -t security -L
iptables -t foo -L
iptables -t NAT -L
iptables -t -L
iptables -t nat -A PREROUTING -s 1.1.1.1
iptables -t nat -A INPUT -s 1.1.1.1
iptables -t nat -A OUTPUT -s 1.1.1.1
iptables -t nat -A POSTROUTING -s 1.1.1.1
iptables -t nat -A FORWARD -s 1.1.1.1
iptables -t mangle -A PREROUTING -s 1.1.1.1
iptables -t mangle -A POSTROUTING -s 1.1.1.1
iptables -t raw -A PREROUTING -s 1.1.1.1
iptables -t raw -A INPUT -s 1.1.1.1
iptables -t security -A FORWARD -s 1.1.1.1
iptables -t filter -A PREROUTING -s 1.1.1.1
iptables --table raw -A OUTPUT -j ACCEPT
iptables -tmangle -A INPUT
iptables -t nat -t filter -A INPUT
iptables -t nat -N USER
iptables -t nat -L -n
iptables -t nat -S
iptables -t mangle -S
iptables -S -t raw
iptables -t security -nvL
iptables-save
iptables-save -t nat
