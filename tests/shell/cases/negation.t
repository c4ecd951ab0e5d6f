# ! before an option, and where it may not go
iptables -A INPUT ! -s 1.1.1.1 -j ACCEPT
iptables -A INPUT ! -d 10.0.0.0/8 -j ACCEPT
iptables -A INPUT ! -i eth0 -j ACCEPT
iptables -A OUTPUT ! -o eth+ -j ACCEPT
iptables -A INPUT ! -p tcp -j ACCEPT
iptables -A INPUT ! -p udp ! -s 1.2.3.4 ! -d 5.6.7.8 -j DROP
iptables -A INPUT -p tcp ! --dport 22 ! --sport 1024:65535
iptables -A INPUT ! -f
iptables -A INPUT -s ! 1.1.1.1
iptables -A INPUT -p ! tcp
iptables -A INPUT ! ! -s 1.1.1.1
iptables -A INPUT ! -j ACCEPT
iptables -A INPUT ! -c 1 2
iptables -A INPUT -s 1.1.1.1 !
iptables ! -A INPUT
iptables -A INPUT ! -p all
iptables -A INPUT ! -s 0.0.0.0/0
iptables -A INPUT ! -i +
iptables -A INPUT -p tcp ! --syn
iptables -A INPUT ! -p tcp --dport 80
iptables -S
iptables -L -n -v
iptables -L
iptables-save
