# Bad input catalogue: values out of range.  Each step must give the
# oracle's message and exit status and change nothing in the kernel (the
# state after every step is compared; rules are put in first so that a
# half-applied step would show).
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
# ports
iptables -A INPUT -p tcp --dport 65536 -j ACCEPT
iptables -A INPUT -p tcp --sport 65536
iptables -A INPUT -p tcp --dport -1
iptables -A INPUT -p tcp --dport 1:65536
iptables -A INPUT -p tcp --dport 99999999999999999999
# 1.8.9 takes 70000 modulo 65536 here (and iptnft does the same)
iptables -A INPUT -p udp --sport 70000
iptables -A INPUT -p tcp --dport 0x10000
iptables -A INPUT -p tcp -m multiport --dports 1,65536
iptables -A INPUT -p tcp -m multiport --ports 1:0
iptables -A INPUT -p sctp --dport 65536
iptables -A INPUT -p dccp --sport 65536
iptables -A INPUT -p udplite --dport 65536
# icmp
iptables -A INPUT -p icmp --icmp-type 256
iptables -A INPUT -p icmp --icmp-type 8/256
iptables -A INPUT -p icmp --icmp-type -1
iptables -A INPUT -p icmp --icmp-type 3/1:0
ip6tables -A INPUT -p icmpv6 --icmpv6-type 256
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/300
# protocol numbers
iptables -A INPUT -p 256
iptables -A INPUT -p -1
iptables -A INPUT -p 0x100
ip6tables -A INPUT -p 300
# limit
iptables -A INPUT -m limit --limit 1/fortnight
iptables -A INPUT -m limit --limit 0/s
iptables -A INPUT -m limit --limit x/s
iptables -A INPUT -m limit --limit 1/
iptables -A INPUT -m limit --limit 10000000000/s
iptables -A INPUT -m limit --limit-burst 0
iptables -A INPUT -m limit --limit-burst 4294967296
iptables -A INPUT -m limit --limit-burst x
# hashlimit
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/fortnight
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-above 0/s
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-burst 0
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-mode bogus
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-srcmask 33
ip6tables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-dstmask 129
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-htable-size -1
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-htable-expire x
iptables -A INPUT -m hashlimit --hashlimit-name 0123456789012345678901234567890123456789 --hashlimit-upto 1/s
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1000000b/s
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 5gb/s
# ttl / hl / tos / dscp
iptables -A INPUT -m ttl --ttl-eq 256
iptables -A INPUT -m ttl --ttl-gt -1
iptables -t mangle -A PREROUTING -j TTL --ttl-set 256
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 0
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 256
ip6tables -A INPUT -m hl --hl-eq 256
ip6tables -t mangle -A PREROUTING -j HL --hl-set 256
iptables -A INPUT -m dscp --dscp 64
iptables -A INPUT -m dscp --dscp 0x40
iptables -A INPUT -m dscp --dscp-class XX1
iptables -t mangle -A PREROUTING -j DSCP --set-dscp 64
iptables -t mangle -A PREROUTING -j DSCP --set-dscp-class CS8
iptables -A INPUT -m tos --tos 256
iptables -A INPUT -m tos --tos 0x10/0x100
iptables -A INPUT -m tos --tos Bogus-Name
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x100
iptables -t mangle -A PREROUTING -j TOS --set-tos 0x10/0x1ff
iptables -A INPUT -m ecn --ecn-ip-ect 4
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-ip-ect 1
# marks
iptables -A INPUT -m mark --mark 0x100000000
iptables -A INPUT -m mark --mark 1/0x100000000
iptables -A INPUT -m mark --mark 4294967296
iptables -A INPUT -m mark --mark -1
iptables -A INPUT -m mark --mark x
iptables -A INPUT -m mark --mark 1/
iptables -t mangle -A PREROUTING -j MARK --set-mark 0x100000000
iptables -t mangle -A PREROUTING -j MARK --set-xmark 1/0x1ffffffff
iptables -t mangle -A PREROUTING -j MARK --and-mark 4294967296
iptables -A INPUT -m connmark --mark 0x100000000
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 0x100000000
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0x100000000
# length / connbytes / connlimit / statistic
iptables -A INPUT -m length --length 65536
iptables -A INPUT -m length --length x
iptables -A INPUT -m connbytes --connbytes 10:5 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes x --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-dir sideways --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-dir both --connbytes-mode bits
iptables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 33
ip6tables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 129
iptables -A INPUT -m connlimit --connlimit-above 4294967296
iptables -A INPUT -m connlimit --connlimit-upto -1
iptables -A INPUT -m connlimit --connlimit-mask -1 --connlimit-above 1
iptables -A INPUT -m statistic --mode random --probability 1.5
iptables -A INPUT -m statistic --mode random --probability -0.1
iptables -A INPUT -m statistic --mode random --probability x
iptables -A INPUT -m statistic --mode nth --every 0
iptables -A INPUT -m statistic --mode nth --every 4 --packet 4
iptables -A INPUT -m statistic --mode nth --every 4294967296
iptables -A INPUT -m statistic --mode bogus
# tcp
iptables -A INPUT -p tcp --tcp-flags SYN,BOGUS SYN
iptables -A INPUT -p tcp --tcp-flags SYN
iptables -A INPUT -p tcp --tcp-option 256
iptables -A INPUT -p tcp --tcp-option -1
iptables -A INPUT -p tcp -m tcpmss --mss 65536
iptables -A INPUT -p tcp -m tcpmss --mss 10:5
iptables -t mangle -A POSTROUTING -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 65536
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 256
iptables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options bogus
# misc targets and matches
iptables -A INPUT -j NFQUEUE --queue-num 65536
iptables -A INPUT -j NFQUEUE --queue-balance 5:4
iptables -A INPUT -j NFLOG --nflog-group 65536
iptables -A INPUT -j NFLOG --nflog-threshold 0
iptables -A INPUT -j NFLOG --nflog-range -1
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level bogus
iptables -A INPUT -j LOG --log-prefix 012345678901234567890123456789
iptables -A INPUT -j REJECT --reject-with bogus
ip6tables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -t mangle -A PREROUTING -j CLASSIFY --set-class 1
iptables -t mangle -A PREROUTING -j CLASSIFY --set-class 10000:1
iptables -t raw -A PREROUTING -j CT --zone 65536
iptables -t raw -A PREROUTING -j CT --ctevents bogus
iptables -t raw -A PREROUTING -j CT --timeout 0123456789012345678901234567890123
iptables -A INPUT -m time --timestart 25:00
iptables -A INPUT -m time --timestop 12:60
iptables -A INPUT -m time --weekdays Xx
iptables -A INPUT -m time --monthdays 32
iptables -A INPUT -m time --datestart 2038-13-01
iptables -A INPUT -m u32 --u32 "0>>22&0x3C@ 12 = 1"
iptables -A INPUT -m u32 --u32 "0=1:0"
iptables -A INPUT -m pkttype --pkt-type bogus
iptables -A INPUT -m addrtype --src-type BOGUS
iptables -A INPUT -m state --state BOGUS
iptables -A INPUT -m conntrack --ctstate NEW,BOGUS
iptables -A INPUT -m conntrack --ctstatus BOGUS
iptables -A INPUT -m conntrack --ctproto 256
iptables -A INPUT -m conntrack --ctorigsrcport 65536
iptables -A INPUT -m conntrack --ctdir sideways
iptables -A INPUT -m string --algo bogus --string x
iptables -A INPUT -m string --algo bm --string x --from 10 --to 5
iptables -A INPUT -m string --algo bm --hex-string "|zz|"
iptables -A INPUT -m string --algo bm --hex-string "|4|"
iptables -A INPUT -m devgroup --src-group 0x100000000
iptables -A INPUT -m cpu --cpu -1
iptables -A INPUT -m cpu --cpu 4294967296
iptables -A INPUT -m quota --quota -1
iptables -A INPUT -m quota --quota 18446744073709551616
iptables -A INPUT -m recent --name x --rcheck --seconds -1
iptables -A INPUT -m recent --name x --rcheck --hitcount 65536
iptables -A INPUT -m recent --name x --rcheck --mask 255.255.255.256
iptables -A INPUT -m esp --espspi 4294967296
iptables -A INPUT -m owner --uid-owner 4294967296
iptables -A INPUT -m owner --uid-owner 5-4
iptables -A INPUT -m owner --gid-owner nosuchgroup_iptnft
iptables -A INPUT -m cluster --cluster-total-nodes 33 --cluster-local-node 1 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-node 3 --cluster-hash-seed 1
iptables -A INPUT -m cluster --cluster-total-nodes 2 --cluster-local-nodemask 0 --cluster-hash-seed 1
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:65536
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:10-5
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 65536
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 0-65536
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.0
iptables-save -c
ip6tables-save -c
