# -Z [chain [n]] and -L -Z
iptables -N USER
iptables -A INPUT -s 1.1.1.1 -c 10 1000
iptables -A INPUT -s 2.2.2.2 -c 20 2000
iptables -A USER -s 3.3.3.3 -c 30 3000
iptables -A OUTPUT -c 40 4000
iptables -Z INPUT 2
iptables -S -v
iptables -Z INPUT 3
iptables -Z INPUT 0
iptables -Z USER
iptables -S -v
iptables -L -Z -v -n
iptables -L -v -n
iptables -A INPUT -c 50 5000
iptables -A USER -c 60 6000
iptables -L INPUT -Z -n -v -x
iptables -L -n -v -x
iptables -Z -L USER -v
iptables --zero
iptables -Z NOPE
iptables -Z INPUT USER
iptables -P INPUT DROP -c 5 5
iptables -S INPUT -v
iptables -Z
iptables -S INPUT -v
iptables -L -Z
iptables -S -Z
