# mac match: addresses, errors, hooks the kernel refuses, listing, -C/-D
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55
iptables -A INPUT -m mac ! --mac-source 00:11:22:33:44:55
iptables -A INPUT -m mac --mac-source AA:BB:CC:DD:EE:FF
iptables -A INPUT -m mac --mac-source 0:1:2:3:4:5
iptables -A INPUT -m mac --mac-source 00:11:22:33:44
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55:66
iptables -A INPUT -m mac --mac-source 00-11-22-33-44-55
iptables -A INPUT -m mac --mac-source 000:11:22:33:44:55
iptables -A INPUT -m mac --mac-source gg:11:22:33:44:55
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55 --mac-source 00:11:22:33:44:56
iptables -A INPUT -m mac
iptables -A OUTPUT -m mac --mac-source 00:11:22:33:44:55
iptables -A FORWARD -m mac --mac-source 00:11:22:33:44:55
iptables -t nat -A PREROUTING -m mac --mac-source 00:11:22:33:44:55
iptables -t nat -A POSTROUTING -m mac --mac-source 00:11:22:33:44:55
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:
iptables -A INPUT -m mac --mac-source ":::::"
iptables -A INPUT -m mac -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -t nat -S
iptables -C INPUT -m mac ! --mac-source 00:11:22:33:44:55
iptables -C INPUT -m mac --mac-source 00:11:22:33:44:56
iptables -D INPUT -m mac --mac-source 0:1:2:3:4:5
iptables -D INPUT -m mac --mac-source 0:1:2:3:4:5
iptables -S INPUT
ip6tables -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j DROP
ip6tables -A INPUT -m mac ! --mac-source ff:ff:ff:ff:ff:ff
ip6tables -A OUTPUT -m mac --mac-source 02:00:00:00:00:01
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m mac --mac-source 02:00:00:00:00:01 -j DROP
ip6tables -S
