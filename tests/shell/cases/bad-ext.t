# Bad input catalogue: the validation of the less common extensions
# (the common ones are in bad-values.t and the ext-*.t cases).  Nothing
# may change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -m set --match-set nosuchset src
iptables -A INPUT -m set --match-set x bogus
iptables -A INPUT -m set --match-set x src,dst,src,dst,src,dst,src
iptables -A INPUT -j SET --add-set nosuchset src
iptables -A INPUT -j SET --add-set x src --timeout -1
iptables -A INPUT -m rateest --rateest x
iptables -A INPUT -m rateest --rateest1 x --rateest-bps 1
iptables -A INPUT -m rateest --rateest x --rateest-lt
iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 0
iptables -A INPUT -j RATEEST --rateest-name x --rateest-interval 1s --rateest-ewmalog 0
iptables -A INPUT -m nfacct --nfacct-name 012345678901234567890123456789012
iptables -A INPUT -m bpf --bytecode "1,6 0 0 0"
iptables -A INPUT -m bpf --bytecode "x"
iptables -A INPUT -m bpf --bytecode "2,6 0 0 0"
iptables -A INPUT -m bpf --object-pinned /nonexistent
iptables -A INPUT -m osf --genre x --ttl 3
iptables -A INPUT -m osf --genre x --log 3
iptables -A INPUT -m cgroup --cgroup x
iptables -A INPUT -m cgroup --path /nonexistent --cgroup 1
iptables -A INPUT -m helper --helper 0123456789012345678901234567890
iptables -A INPUT -m physdev --physdev-in 01234567890123456
iptables -A INPUT -m physdev
iptables -A INPUT -m socket --nowildcard --restore-skmark --transparent --bogus
iptables -t raw -A PREROUTING -m rpfilter --bogus
iptables -A INPUT -m rpfilter
iptables -A INPUT -m realm --realm x
iptables -A INPUT -m realm --realm 0x100000000
iptables -A INPUT -m devgroup
iptables -A INPUT -m devgroup --src-group nosuchgroup
iptables -A INPUT -m connlabel --label nosuchlabel
iptables -A INPUT -m connlabel --label 128
iptables -A INPUT -m ipvs --vaddr 1.2.3.4/33
iptables -A INPUT -m ipvs --vmethod BOGUS
iptables -A INPUT -m ipvs --vportctl 65536
ip6tables -A INPUT -m srh --srh-next-hdr 256
ip6tables -A INPUT -m srh --srh-segs-left-eq 1 --srh-segs-left-gt 1
ip6tables -A INPUT -m srh --srh-psid 1::1/129
ip6tables -A INPUT -m mh --mh-type bogus
ip6tables -A INPUT -m mh --mh-type 256
ip6tables -A INPUT -m ipv6header --header bogus
ip6tables -A INPUT -m ipv6header --soft
ip6tables -A INPUT -m hbh --hbh-opts 256
ip6tables -A INPUT -m hbh --hbh-opts 1:256
ip6tables -A INPUT -m hbh --hbh-len 4294967296
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables -A INPUT -m rt --rt-type 256
ip6tables -A INPUT -m rt --rt-0-addrs 1::1,x
ip6tables -A INPUT -m rt --rt-0-not-strict
ip6tables -A INPUT -m frag --fraglen 4294967296
ip6tables -A OUTPUT -m eui64
ip6tables -t nat -A POSTROUTING -j SNPT --src-pfx 2001:db8::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx 2001:db8::/64 --dst-pfx x
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 0
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 1 --hmark-src-prefix 33
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 1 --hmark-tuple bogus
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod 1 --hmark-offset x
iptables -A INPUT -j IDLETIMER --timeout 1 --label 0123456789012345678901234567890
iptables -A INPUT -j IDLETIMER --timeout x --label a
iptables -A INPUT -j IDLETIMER --timeout 1 --label a --alarm --bogus
iptables -A INPUT -j LED --led-trigger-id 0123456789012345678901234567
iptables -A INPUT -j LED --led-trigger-id a --led-delay x
iptables -A INPUT -j AUDIT --type bogus
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class x:1
iptables -t mangle -A POSTROUTING -j CLASSIFY --set-class 1:x
iptables -t mangle -A PREROUTING -j SECMARK --selctx ""
iptables -t mangle -A PREROUTING -j CONNSECMARK --save --restore
iptables -A INPUT -p tcp -j SYNPROXY --wscale 15
iptables -A INPUT -p tcp -j SYNPROXY --mss 65536
iptables -t raw -A PREROUTING -j TRACE --bogus
iptables -t mangle -A PREROUTING -j CHECKSUM
iptables -t mangle -A PREROUTING -j ECN --ecn-tcp-ece 1
iptables -t mangle -A PREROUTING -j TOS --set-tos Bogus
iptables -A INPUT -m time --datestart x
iptables -A INPUT -m time --datestop 2038-01-19T03:14:08
iptables -A INPUT -m time --contiguous
iptables -A INPUT -m cluster --cluster-total-nodes 2
iptables -A INPUT -m dccp --dccp-option 256
iptables -A INPUT -p sctp --chunk-types bogus DATA:Q
iptables -A INPUT -p sctp --chunk-types any DATA:X
iptables -A INPUT -p sctp --chunk-types any DATA,BOGUS
iptables -A INPUT -m addrtype --src-type LOCAL,BOGUS
iptables -A OUTPUT -m addrtype --limit-iface-in --src-type LOCAL
iptables -A INPUT -m pkttype --pkt-type ""
iptables -A INPUT -m string --algo bm
iptables -A INPUT -m string --algo bm --string 01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
iptables -A INPUT -m quota --quota x
iptables -A INPUT -m recent --name 012345678901234567890123456789012345678901234567890
iptables -A INPUT -m recent --name x --rcheck --reap
iptables -A INPUT -m recent --name x --set --seconds 1
iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-mask x
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s
iptables -A INPUT -m hashlimit --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-name x --hashlimit-upto 1/s --hashlimit-htable-gcinterval 0
iptables -A INPUT -m limit --limit 1/sec/
iptables -A INPUT -m ecn --ecn-ip-ect x
iptables -A INPUT -m tcpmss --mss x
iptables -A INPUT -m owner --socket-exists --bogus
iptables -A INPUT -m owner --uid-owner nosuchuser_iptnft
iptables -A OUTPUT -m owner --suppl-groups
iptables -A INPUT -m policy --dir bogus
iptables -A INPUT -m policy --dir in --pol bogus
iptables -A INPUT -m policy --dir in --pol ipsec --mode bogus
iptables -A INPUT -m policy --dir in --pol ipsec --next
iptables -A INPUT -m policy --dir in --pol ipsec --reqid x
iptables -A INPUT -m policy --pol ipsec
iptables -A INPUT -m u32 --u32 ""
iptables -A INPUT -m u32 --u32 "0&&1=1"
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
iptables -A INPUT -m iprange --src-range 1.2.3.5-1.2.3.4
iptables -A INPUT -m mac --mac-source ""
iptables -A INPUT -m state --state ""
iptables -A INPUT -m conntrack --ctstate ""
iptables -A INPUT -m conntrack --ctstate NEW,,ESTABLISHED
iptables -A INPUT -m conntrack --ctexpire x
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/x
iptables -A INPUT -m dscp --dscp-class ""
iptables -A INPUT -m tos --tos ""
iptables -A INPUT -m length --length ""
iptables -A INPUT -m ttl --ttl-lt x
iptables -A INPUT -m statistic --mode nth --every 2 --packet x
iptables -A INPUT -m cpu --cpu x
iptables -A INPUT -m esp --espspi x
iptables -A INPUT -m comment --comment x --bogus
iptables-save -c
ip6tables-save -c
