# tcp --tcp-flags, --syn, --tcp-option
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp --tcp-flags ALL NONE
iptables -A INPUT -p tcp --tcp-flags ALL ALL
iptables -A INPUT -p tcp --tcp-flags ALL FIN,URG,PSH
iptables -A INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG RST
iptables -A INPUT -p tcp --tcp-flags NONE NONE
iptables -A INPUT -p tcp ! --tcp-flags SYN,RST SYN,RST
iptables -A INPUT -p tcp --tcp-flags syn,ack ack
iptables -A INPUT -p tcp --syn
iptables -A INPUT -p tcp ! --syn
iptables -A INPUT -p tcp --syn --dport 80
iptables -A INPUT -p tcp --tcp-option 8
iptables -A INPUT -p tcp ! --tcp-option 2
iptables -A INPUT -p tcp --tcp-option 0
iptables -A INPUT -p tcp --tcp-option 255
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables -C INPUT -p tcp --tcp-flags FIN,SYN,RST,ACK SYN
iptables -D INPUT -p tcp --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp --tcp-flags SYN
iptables -A INPUT -p tcp --tcp-flags FOO SYN
iptables -A INPUT -p tcp --tcp-flags SYN,ACK BAR
iptables -A INPUT -p tcp --tcp-option 256
iptables -A INPUT -p tcp --tcp-option x
iptables -A INPUT -p tcp --syn --tcp-flags ALL SYN
iptables -A INPUT -p tcp --syn --syn
iptables -A INPUT --syn
iptables-save
