# Bad input catalogue: repeated and conflicting options.  Nothing may
# change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2
iptables -A INPUT -d 1.1.1.1 -d 2.2.2.2
iptables -A INPUT -p tcp -p udp
iptables -A INPUT -i eth0 -i eth1
iptables -A INPUT -f -f
iptables -A INPUT -j ACCEPT -j DROP
iptables -A INPUT -j ACCEPT -g KEEP
iptables -A INPUT -g KEEP -g KEEP
iptables -A INPUT -m comment --comment a --comment b
iptables -A INPUT -p tcp --sport 1 --sport 2
iptables -A INPUT -p tcp --dport 1 --dport 2
iptables -A INPUT -p tcp --syn --tcp-flags SYN SYN
iptables -A INPUT -p tcp --tcp-flags SYN SYN --syn
iptables -A INPUT -p tcp --syn --syn
iptables -A INPUT -p tcp --tcp-option 1 --tcp-option 2
iptables -A INPUT -p udp --sport 1 --sport 2
iptables -A INPUT -p icmp --icmp-type 8 --icmp-type 0
iptables -A INPUT -p tcp -m multiport --dports 1 --sports 2
iptables -A INPUT -p tcp -m multiport --dports 1 --ports 2
iptables -A INPUT -p tcp -m multiport --dports 1 --dports 2
iptables -A INPUT -m mark --mark 1 --mark 2
iptables -A INPUT -m limit --limit 1/s --limit 2/s
iptables -A INPUT -m ttl --ttl-eq 1 --ttl-gt 2
iptables -A INPUT -m ttl --ttl-eq 1 --ttl-eq 2
iptables -A INPUT -m length --length 1 --length 2
iptables -A INPUT -m state --state NEW --state ESTABLISHED
iptables -A INPUT -m conntrack --ctstate NEW --ctstate INVALID
iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-upto 2
iptables -A INPUT -m connlimit --connlimit-saddr --connlimit-daddr --connlimit-above 1
iptables -A INPUT -m hashlimit --hashlimit-name a --hashlimit-upto 1/s --hashlimit-above 2/s
iptables -A INPUT -m statistic --mode random --probability 0.1 --every 2
iptables -A INPUT -m statistic --mode nth --every 2 --probability 0.1
iptables -A INPUT -m recent --name x --set --rcheck
iptables -A INPUT -m recent --name x --rcheck --update
iptables -A INPUT -m recent --name x --rsource --rdest --set
iptables -A INPUT -m string --algo bm --string a --string b
iptables -A INPUT -m string --algo bm --algo kmp --string a
iptables -A INPUT -m tos --tos 1 --tos 2
iptables -A INPUT -m dscp --dscp 1 --dscp-class CS1
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.2 --src-range 1.1.1.1-1.1.1.3
iptables -A INPUT -m owner --uid-owner 0 --uid-owner 1
iptables -A INPUT -m addrtype --src-type LOCAL --src-type UNICAST
iptables -A INPUT -m addrtype --limit-iface-in --limit-iface-out
iptables -A INPUT -m time --timestart 01:00 --timestart 02:00
iptables -A INPUT -m time --kerneltz --utc
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --set-mark 2
iptables -t mangle -A PREROUTING -j MARK --set-mark 1 --and-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 1 --set-dscp-class CS1
iptables -t mangle -A PREROUTING -j TOS --set-tos 1 --and-tos 2
iptables -t mangle -A PREROUTING -j TTL --ttl-set 1 --ttl-inc 1
iptables -t mangle -A POSTROUTING -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1000 --clamp-mss-to-pmtu
iptables -A INPUT -j LOG --log-prefix a --log-prefix b
iptables -A INPUT -j LOG --log-level 1 --log-level 2
iptables -A INPUT -j NFLOG --nflog-group 1 --nflog-group 2
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-balance 1:2
iptables -A INPUT -j REJECT --reject-with tcp-reset --reject-with icmp-port-unreachable
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1 --to-destination 2.2.2.2
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1 --to-ports 2
iptables -t nat -A POSTROUTING -j MASQUERADE --random --random
iptables -t raw -A PREROUTING -j CT --notrack --zone 1
iptables -t raw -A PREROUTING -j CT --zone 1 --zone 2
iptables -t raw -A PREROUTING -j CT --helper ftp --helper tftp
iptables -A INPUT -m comment --comment a -m comment --comment b
iptables -A INPUT -A INPUT
iptables -A INPUT -D INPUT
iptables -A INPUT -t nat
iptables -t nat -t filter -A INPUT
iptables -A INPUT -4 -6
ip6tables -A INPUT -4
iptables -A INPUT -6
iptables -A INPUT -c 1 2 -c 3 4
iptables -A INPUT -w 1 -w 2
iptables-save -c
ip6tables-save -c
