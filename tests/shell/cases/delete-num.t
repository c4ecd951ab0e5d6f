# -D by rule number
iptables -A INPUT -s 1.1.1.1
iptables -A INPUT -s 2.2.2.2
iptables -A INPUT -s 3.3.3.3
iptables -A INPUT -s 4.4.4.4
iptables -D INPUT 2
iptables -S INPUT
iptables -D INPUT 3
iptables -D INPUT 3
iptables -D INPUT 99
iptables -D INPUT 0
iptables -D INPUT -1
iptables -D INPUT 1x
iptables --delete INPUT 1
iptables -S INPUT
iptables -D INPUT 1
iptables -D INPUT 1
iptables -D FORWARD 1
iptables -D NOPE 1
iptables -D INPUT
iptables -D
iptables -D INPUT 1 -j ACCEPT
iptables -S
