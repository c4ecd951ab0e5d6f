# Bad input catalogue: malformed ports, port ranges and port lists;
# service names that do not exist.  Nothing may change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -p tcp --dport x
iptables -A INPUT -p tcp --dport nosuchservice
iptables -A INPUT -p tcp --dport ""
iptables -A INPUT -p tcp --dport 1:2:3
iptables -A INPUT -p tcp --dport 1-2
iptables -A INPUT -p tcp --dport 1,2
iptables -A INPUT -p tcp --dport " 1"
iptables -A INPUT -p tcp --dport "1 "
iptables -A INPUT -p tcp --dport +1
iptables -A INPUT -p tcp --dport 0x16
iptables -A INPUT -p tcp --dport 1:x
iptables -A INPUT -p tcp --dport x:1
iptables -A INPUT -p tcp --dport 65535:
iptables -A INPUT -p tcp --dport :0
iptables -A INPUT -p tcp --dport ssh:http
iptables -A INPUT -p tcp --dport http:ssh
iptables -A INPUT -p udp --dport domain:x
iptables -A INPUT -p tcp -m multiport --dports ""
iptables -A INPUT -p tcp -m multiport --dports 1,
iptables -A INPUT -p tcp -m multiport --dports ,1
iptables -A INPUT -p tcp -m multiport --dports 1,,2
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
iptables -A INPUT -p tcp -m multiport --dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16
iptables -A INPUT -p tcp -m multiport --dports 1:2:3
iptables -A INPUT -p tcp -m multiport --dports x
iptables -A INPUT -p tcp -m multiport --dports 5:4
iptables -A INPUT -p tcp -m multiport --sports 65536
iptables -A INPUT -p tcp -m multiport --ports nosuchservice
iptables -A INPUT -p sctp --dport x
iptables -A INPUT -p dccp --sport 1:2:3
iptables -A INPUT -p udplite --dport x
iptables -A INPUT -m conntrack --ctorigsrcport x
iptables -A INPUT -m conntrack --ctrepldstport 1:2:3
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:1-2-3
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80/100
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports x
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1:2
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 2-1
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1-
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source :80
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port x
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 65536
iptables-save -c
# port numbers are read like strtoul in base 0
iptables -A INPUT -p tcp --dport 010
iptables -A INPUT -p tcp --sport " +22"
iptables -A INPUT -p udp --dport 0x16:0x20
iptables -A INPUT -p tcp --dport " -22"
iptables -A INPUT -p tcp --dport "22 "
iptables -S INPUT
# conntrack ports are read like getaddrinfo's service numbers: decimal
# with leading zeros, more than 65535 wraps
iptables -A INPUT -p tcp -m conntrack --ctorigdstport 00080
iptables -A INPUT -p tcp -m conntrack --ctorigdstport 000080
iptables -A INPUT -p tcp -m conntrack --ctorigdstport 65536
iptables -A INPUT -p tcp -m conntrack --ctreplsrcport 00022:065535
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport " 7"
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport "	8"
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport +9
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport 99999999999999999999
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport -1
iptables -S INPUT
