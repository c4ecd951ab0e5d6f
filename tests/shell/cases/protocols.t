# -p by name and by number
iptables -A INPUT -p all
iptables -A INPUT -p ALL
iptables -A INPUT -p tcp
iptables -A INPUT -p TCP
iptables -A INPUT -p udp
iptables -A INPUT -p icmp
iptables -A INPUT -p sctp
iptables -A INPUT -p udplite
iptables -A INPUT -p esp
iptables -A INPUT -p ah
iptables -A INPUT -p gre
iptables -A INPUT -p 47
iptables -A INPUT -p 0
iptables -A INPUT -p 6
iptables -A INPUT -p 17
iptables -A INPUT -p 255
iptables -A INPUT -p igmp
iptables -A INPUT -p ipv6-icmp
iptables -A INPUT -p icmpv6
iptables -A INPUT -p mh
iptables -A INPUT -p dccp
iptables -A INPUT ! -p 47
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT -v
iptables-save
iptables -A INPUT -p 256
iptables -A INPUT -p -1
iptables -A INPUT -p nosuchproto
iptables -A INPUT -p ''
iptables -A INPUT -p
iptables -D INPUT -p 6
iptables -D INPUT -p ALL
iptables -D INPUT -p all
iptables -S INPUT
