# -i/-o names, wildcards and where they may be used
iptables -A INPUT -i eth0
iptables -A INPUT -i eth+
iptables -A INPUT -i +
iptables -A INPUT ! -i lo
iptables -A INPUT -i abcdefghijklmno
iptables -A INPUT -i abcdefghijklmnop
iptables -A INPUT -i abcdefghijklmn+
iptables -A INPUT -i 'eth 0'
iptables -A INPUT -i eth0.100
iptables -A INPUT -i eth:0
iptables -A INPUT -i ''
iptables -A INPUT -i a+b
iptables -A FORWARD -i eth0 -o eth1
iptables -A FORWARD ! -i eth0 ! -o eth1+
iptables -A OUTPUT -o lo
iptables -A OUTPUT -i lo
iptables -A INPUT -o lo
iptables -t nat -A PREROUTING -o eth0
iptables -t nat -A POSTROUTING -i eth0
iptables -t nat -A PREROUTING -i eth0
iptables -t nat -A POSTROUTING -o eth0
iptables -t nat -A OUTPUT -i eth0
iptables -t nat -A INPUT -o eth0
iptables -t mangle -A PREROUTING -o eth0
iptables -t raw -A OUTPUT -i eth0
iptables -N USER
iptables -A USER -i eth0 -o eth1
iptables -S
iptables -L -v
iptables -L -v -n
iptables-save
