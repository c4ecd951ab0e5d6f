# ip6tables -p, icmpv6 types, tcp/udp ports
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type 128
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/4
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-advertisement
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type router-advertisement
ip6tables -A INPUT -p icmpv6 --icmpv6-type 255
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big
ip6tables -A INPUT -p icmpv6
ip6tables -A INPUT -p 58
ip6tables -A INPUT -p icmp
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p udp --sport 546 --dport 547
ip6tables -A INPUT -p tcp --syn
ip6tables -A INPUT -p all
ip6tables -A INPUT -p esp
ip6tables -A INPUT -p 0
ip6tables -A INPUT ! -p tcp
ip6tables -A INPUT -p sctp
ip6tables -S INPUT
ip6tables -L INPUT
ip6tables -L INPUT -n -v
ip6tables-save
ip6tables -A INPUT -p icmpv6 --icmpv6-type nosuch
ip6tables -A INPUT -p icmpv6 --icmpv6-type 256
ip6tables -A INPUT -p icmpv6 --icmp-type 128
ip6tables -A INPUT -p icmp --icmp-type 8
ip6tables -A INPUT --icmpv6-type 128
ip6tables -A INPUT -f
ip6tables -D INPUT -p icmpv6 --icmpv6-type 128 -j ACCEPT
ip6tables -S INPUT
