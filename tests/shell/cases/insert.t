# -I with and without a position
iptables -I INPUT -s 1.1.1.1 -j ACCEPT
iptables -I INPUT -s 2.2.2.2 -j ACCEPT
iptables -I INPUT 1 -s 3.3.3.3 -j DROP
iptables -I INPUT 2 -s 4.4.4.4 -j DROP
iptables -I INPUT 5 -s 5.5.5.5 -j DROP
iptables -S INPUT
iptables -L INPUT -n --line-numbers
# one past the end is allowed, further is not
iptables -I INPUT 6 -s 6.6.6.6
iptables -I INPUT 8 -s 7.7.7.7
iptables -I INPUT 99 -s 7.7.7.7
iptables -I INPUT 0 -s 7.7.7.7
iptables -I INPUT -1 -s 7.7.7.7
iptables -I INPUT abc -s 7.7.7.7
iptables --insert OUTPUT 1 -j ACCEPT
iptables -I OUTPUT 3 -j ACCEPT
iptables -I NOPE -j ACCEPT
iptables -I FORWARD 1 -j DROP
iptables -I FORWARD 2 -j DROP
iptables -I FORWARD 4 -j DROP
iptables -S
iptables-save
