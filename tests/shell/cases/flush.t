# -F [chain]
iptables -N USER
iptables -A INPUT -j USER
iptables -A INPUT -s 1.1.1.1
iptables -A OUTPUT -s 2.2.2.2
iptables -A USER -s 3.3.3.3
iptables -F INPUT
iptables -S
iptables -F NOPE
iptables -F USER
iptables -S
iptables -A INPUT -j USER
iptables -A USER -j DROP
iptables --flush
iptables -S
iptables -F
iptables -t nat -F
iptables -t nat -F PREROUTING
iptables -F -t raw
iptables -F INPUT OUTPUT
iptables-save
