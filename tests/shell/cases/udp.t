# udp and udplite/sctp ports
iptables -A INPUT -p udp --dport 53
iptables -A INPUT -p udp --sport domain
iptables -A INPUT -p udp --sport 1000:2000 ! --dport 3000:
iptables -A INPUT -p udp -m udp --dport 123
iptables -A OUTPUT -p udp --dport :1023 -j DROP
iptables -A INPUT -p udp --source-port 67 --destination-port 68 -j ACCEPT
iptables -A INPUT -p sctp --dport 5000
iptables -A INPUT -p udplite --dport 5000
iptables -S
iptables -L -n
iptables -L
iptables -nvL
iptables -A INPUT -p udp --tcp-flags ALL NONE
iptables -A INPUT -p udp --syn
iptables -A INPUT -p udp --dport 99999
iptables -A INPUT -p udp --sport 65536:70000
iptables -A INPUT -p tcp --dport 99999
iptables -A INPUT -p udp --dport 53 -p tcp
iptables -D INPUT -p udp --dport 54
iptables -D INPUT -p udp --dport 53
iptables-save
