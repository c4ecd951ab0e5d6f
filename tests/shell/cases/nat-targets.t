# targets that only exist in some tables, and drop in nat
iptables -A INPUT -j DNAT --to-destination 1.2.3.4
iptables -A OUTPUT -j SNAT --to-source 1.2.3.4
iptables -A FORWARD -j MASQUERADE
iptables -A INPUT -j REDIRECT
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1:8080
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
iptables -t nat -A PREROUTING -p tcp --dport 81 -j REDIRECT --to-ports 8081
iptables -t nat -A INPUT -j SNAT --to-source 1.2.3.4
iptables -t nat -A OUTPUT -j DNAT --to-destination 1.2.3.5
iptables -t nat -A PREROUTING -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4
iptables -t nat -A PREROUTING -j DROP
iptables -t nat -A PREROUTING -j ACCEPT
iptables -t nat -A PREROUTING -j RETURN
iptables -t nat -N USER
iptables -t nat -A USER -j DROP
iptables -t nat -A USER -j DNAT --to-destination 1.2.3.4
iptables -t mangle -A PREROUTING -j DNAT --to-destination 1.2.3.4
iptables -t nat -S
iptables -t nat -L -n -v
iptables-save -t nat
