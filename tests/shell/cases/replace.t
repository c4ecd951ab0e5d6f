# -R n replaces a rule in place
iptables -A INPUT -s 1.1.1.1 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -j ACCEPT
iptables -A INPUT -s 3.3.3.3 -j ACCEPT
iptables -R INPUT 2 -s 20.20.20.20 -j DROP
iptables -S INPUT
iptables -R INPUT 1 -p tcp --dport 80 -j DROP
iptables -R INPUT 3 -j RETURN
iptables -S INPUT
# out of range, no number, bad number
iptables -R INPUT 4 -j DROP
iptables -R INPUT 5 -j DROP
iptables -R INPUT 0 -j DROP
iptables -R INPUT -j DROP
iptables -R INPUT x -j DROP
iptables -R OUTPUT 1 -j DROP
iptables -R NOPE 1 -j DROP
# -R accepts only one source and one destination
iptables -R INPUT 1 -s 1.1.1.1,2.2.2.2 -j DROP
iptables -R INPUT 1 -d 1.1.1.1,2.2.2.2 -j DROP
iptables --replace INPUT 2 -d 9.9.9.9
iptables -L INPUT -n -v --line-numbers
iptables-save
