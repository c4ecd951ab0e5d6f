# -s/-d addresses and masks
iptables -A INPUT -s 10.0.0.0/8
iptables -A INPUT -s 10.1.2.3/8
iptables -A INPUT -s 192.168.1.0/255.255.255.0
iptables -A INPUT -d 172.16.0.0/255.240.0.0
iptables -A INPUT -s 1.2.3.4/255.0.255.0
iptables -A INPUT -d 1.2.3.4/0.0.0.255
iptables -A INPUT -s 1.2.3.4/32
iptables -A INPUT -s 1.2.3.4/31
iptables -A INPUT -s 1.2.3.4/1
iptables -A INPUT -s 0.0.0.0/0
iptables -A INPUT -d 0/0
iptables -A INPUT -s 1.2.3.4/0
iptables -A INPUT -s 0.0.0.0
iptables -A INPUT -s 255.255.255.255
iptables -A INPUT -s 1.2.3.4/255.255.255.255
iptables -A INPUT -s 1.2.3.4/0.0.0.0
iptables -A INPUT -s 127.1
iptables -A INPUT -s 10
iptables -A INPUT -s 0x0a000001
iptables -A INPUT -s 012.0.0.1
iptables -A INPUT -s localhost
iptables -A INPUT -d localhost/24
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n
# invalid ones
iptables -A INPUT -s 1.2.3.4/33
iptables -A INPUT -s 1.2.3.4/-1
iptables -A INPUT -s 1.2.3.4/abc
iptables -A INPUT -s 1.2.3.256
iptables -A INPUT -s 1.2.3.4/
iptables -A INPUT -s /24
iptables -A INPUT -s ''
iptables -A INPUT -s 1.2.3.4/255.255.255.256
iptables -A INPUT -s ::1
iptables -S INPUT
