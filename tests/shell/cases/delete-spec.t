# -D by rule specification
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -j ACCEPT
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j DROP
iptables -A INPUT ! -s 3.3.3.3 -p udp ! --sport 53 -j RETURN
iptables -A INPUT -i eth0 -j ACCEPT
# deletes only the first of two equal rules
iptables -D INPUT -s 1.1.1.1 -j ACCEPT
iptables -S INPUT
iptables -D INPUT -s 1.1.1.1 -j ACCEPT
iptables -D INPUT -s 1.1.1.1 -j ACCEPT
iptables -D INPUT -s 1.1.1.1/32 -j ACCEPT
iptables -D INPUT -s 2.2.2.2 -j DROP
iptables -D INPUT -s 2.2.2.2
iptables -D INPUT -p tcp --dport 23 -j DROP
iptables -D INPUT -p tcp -m tcp --dport 22 -j DROP
iptables -D INPUT -s 3.3.3.3 -p udp ! --sport 53 -j RETURN
iptables -D INPUT ! -s 3.3.3.3/255.255.255.255 -p udp ! --sport 53 -j RETURN
iptables -D INPUT -i eth1 -j ACCEPT
iptables -D INPUT -i eth0 -j ACCEPT
iptables -S INPUT
iptables -D INPUT -s 2.2.2.2 -j ACCEPT
iptables -D NOPE -j ACCEPT
iptables -D OUTPUT -j ACCEPT
iptables -S
