# CLASSIFY target: MAJOR:MINOR read as hex with sscanf semantics
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class ffff:ffff
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 10000:1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0x1:0x2
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2x
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class :2
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 0:0
iptables -t mangle -A POSTROUTING -j CLASSIFY
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2 --set-class 1:3
iptables -A OUTPUT -j CLASSIFY --set-class 1:2
iptables -A INPUT -j CLASSIFY --set-class 1:2
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class " 1: 2"
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class -1:-1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class x:1
iptables -t mangle -A POSTROUTING -j CLASSIFY ! --set-class 1:1
iptables -t mangle -A FORWARD -p udp -j CLASSIFY --set-class abcd:ef
iptables-save -t mangle
iptables -t mangle -L -n -v
iptables -C OUTPUT -j CLASSIFY --set-class 1:2
iptables -t mangle -C POSTROUTING -j CLASSIFY --set-class 10000:1
iptables -t mangle -D POSTROUTING -j CLASSIFY --set-class 0:1
iptables -t mangle -D POSTROUTING -j CLASSIFY --set-class 1:2
iptables -t mangle -S POSTROUTING
ip6tables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:2
ip6tables -t mangle -A POSTROUTING -j CLASSIFY --set-class 12
ip6tables -A OUTPUT -j CLASSIFY --set-class 3:4
ip6tables -S
ip6tables -t mangle -L
ip6tables-save
iptables -j CLASSIFY -h
