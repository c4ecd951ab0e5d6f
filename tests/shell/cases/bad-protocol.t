# Bad input catalogue: options used with the wrong protocol, or without
# the -p that would load them.  Nothing may change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT --dport 22
iptables -A INPUT --sport 22 -j ACCEPT
iptables -A INPUT --syn
iptables -A INPUT --tcp-flags SYN SYN
iptables -A INPUT --icmp-type echo-request
iptables -A INPUT -p udp --syn
iptables -A INPUT -p udp --tcp-flags SYN SYN
iptables -A INPUT -p udp --tcp-option 2
iptables -A INPUT -p tcp --icmp-type 8
iptables -A INPUT -p icmp --dport 22
iptables -A INPUT -p icmp --icmpv6-type 1
ip6tables -A INPUT -p icmp --icmp-type 8
ip6tables -A INPUT -p icmpv6 --icmp-type 8
iptables -A INPUT -p ipv6-icmp --icmpv6-type 1
iptables -A INPUT -p all --dport 22
iptables -A INPUT -p gre --dport 22
iptables -A INPUT -p sctp --syn
iptables -A INPUT -p sctp --chunk-types bogus INIT
iptables -A INPUT -p dccp --dccp-types BOGUS
iptables -A INPUT -p tcp -m udp --dport 22
iptables -A INPUT -p udp -m tcp --dport 22
iptables -A INPUT -m multiport --dports 22
iptables -A INPUT -p icmp -m multiport --dports 22
iptables -A INPUT -p tcp ! -m multiport --dports 22
iptables -A INPUT -m tcpmss --mss 1000
iptables -A INPUT -p udp -m tcpmss --mss 1000
iptables -t mangle -A POSTROUTING -j TCPMSS --set-mss 1000
iptables -t mangle -A POSTROUTING -p udp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A POSTROUTING -j TCPOPTSTRIP --strip-options 2
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -p icmp -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 80
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 80
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:80
iptables -A INPUT -j REJECT --reject-with tcp-reset
iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
iptables -t mangle -A PREROUTING -p udp -j ECN --ecn-tcp-remove
iptables -t mangle -A PREROUTING -j ECN --ecn-tcp-cwr 1
iptables -A INPUT -m ecn --ecn-tcp-cwr
iptables -A INPUT -p udp -m ecn --ecn-tcp-ece
ip6tables -A INPUT -m ttl --ttl-eq 1
iptables -A INPUT -m hl --hl-eq 1
ip6tables -t mangle -A PREROUTING -j TTL --ttl-set 1
iptables -t mangle -A PREROUTING -j HL --hl-set 1
ip6tables -A INPUT -m ah --ahspi 1
iptables -A INPUT -m frag --fragid 1
iptables -A INPUT -m rt --rt-type 0
iptables -A INPUT -m mh --mh-type 1
iptables -A INPUT -m ipv6header --header hop
iptables -A INPUT -m eui64
ip6tables -A INPUT -j ULOG
ip6tables -A INPUT -j CLUSTERIP --new
ip6tables -A INPUT -m realm --realm 1
ip6tables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4
iptables -t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1
ip6tables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/8
iptables -A INPUT -f -p tcp --dport 22
ip6tables -A INPUT -f
iptables -A INPUT -p tcp -m conntrack --ctorigsrcport 22
iptables -A INPUT -m socket --transparent -p bogus
iptables -t mangle -A PREROUTING -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -p icmp -j TPROXY --on-port 1
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -t raw -A PREROUTING -j NOTRACK --bogus
iptables -A INPUT -m tcp --dport 22
iptables -A INPUT -m udp --dport 22
iptables -A INPUT -m icmp --icmp-type 8
ip6tables -A INPUT -m icmp6 --icmpv6-type 1
iptables -A INPUT -m sctp --dport 22
iptables -A INPUT -m dccp --dport 22
iptables-save -c
ip6tables-save -c
