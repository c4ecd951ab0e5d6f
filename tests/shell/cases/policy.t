# -P chain target
iptables -P INPUT DROP
iptables -P FORWARD ACCEPT
iptables -P OUTPUT DROP
iptables -S
iptables -L
iptables -nvL INPUT
iptables -P INPUT RETURN
iptables -P INPUT QUEUE
iptables -P INPUT REJECT
iptables -P INPUT FOO
iptables -P INPUT drop
iptables -P INPUT
iptables -P
iptables -N USER
iptables -P USER DROP
iptables -P NOPE DROP
iptables --policy INPUT ACCEPT
iptables -P INPUT ACCEPT DROP
iptables -t nat -P PREROUTING DROP
iptables -t nat -P POSTROUTING ACCEPT
iptables -t mangle -P FORWARD DROP
iptables -t raw -P OUTPUT DROP
iptables -P INPUT DROP -s 1.1.1.1
iptables -P INPUT DROP -j ACCEPT
iptables-save
