# -L with every combination of -n -v -x --line-numbers
iptables -N USER
iptables -N EMPTY
iptables -A INPUT -s 127.0.0.1 -d 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
iptables -A FORWARD -i lo -o eth0 -j USER
iptables -A INPUT ! -i lo -p udp --sport 53 -j DROP
iptables -A FORWARD -i eth+ -j USER
iptables -A USER -s 192.168.1.0/24 -j RETURN
iptables -A USER -p icmp
iptables -L
iptables -L -n
iptables -L -v
iptables -L -x
iptables -L -n -v
iptables -nvL
iptables -L -v -n -x
iptables -vnxL --line-numbers
iptables -L --line-numbers
iptables -L USER
iptables -L USER -v -n
iptables -L EMPTY
iptables --list INPUT --numeric --verbose --exact
iptables -L INPUT 2
iptables -L INPUT 2 -n -v
iptables -L INPUT 4
iptables -L INPUT 0
iptables -L FORWARD --line-numbers -n
iptables -L NOPE
iptables -L INPUT FORWARD
iptables -n -L OUTPUT
iptables -L -n -t filter
