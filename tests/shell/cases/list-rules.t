# -S [chain [n]]
iptables -N USER
iptables -N USER2
iptables -A INPUT -s 1.1.1.1 -j USER
iptables -A INPUT -p tcp --dport 443 -j ACCEPT
iptables -A USER -j RETURN
iptables -P OUTPUT DROP
iptables -S
iptables -S INPUT
iptables -S INPUT 1
iptables -S INPUT 2
iptables -S INPUT 3
iptables -S INPUT 0
iptables -S USER
iptables -S USER2
iptables -S NOPE
iptables -S OUTPUT
iptables --list-rules FORWARD
iptables -S -v
iptables -S INPUT -v
iptables -S INPUT 1 -v
iptables -S -t nat
iptables -S -t mangle
iptables -S -t raw
iptables -S -t security
iptables -S INPUT USER
iptables -S INPUT x
