# -A: appending rules, the simplest rule specs, listing them back
iptables -A INPUT -j ACCEPT
iptables -A INPUT -p tcp -j DROP
iptables -A INPUT -s 10.1.2.3 -j RETURN
iptables -A INPUT
iptables -A FORWARD -d 192.168.0.0/16 -i eth0 -o eth1 -j DROP
iptables -A OUTPUT -p udp --dport 53 -j ACCEPT
iptables --append OUTPUT -p icmp -j ACCEPT
iptables -S
iptables -L
iptables -L -n
iptables-save
# -A needs a chain, and the chain must exist
iptables -A
iptables -A NOPE -j ACCEPT
iptables -A input -j ACCEPT
# -A takes no rule number
iptables -A INPUT 1 -j ACCEPT
iptables -S INPUT
