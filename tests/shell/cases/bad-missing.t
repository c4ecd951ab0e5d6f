# Bad input catalogue: options and commands missing their argument,
# at the end of the line and followed by another option.  Nothing may
# change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -s
iptables -A INPUT -s -j ACCEPT
iptables -A INPUT -d
iptables -A INPUT -d -j ACCEPT
iptables -A INPUT -i
iptables -A INPUT -i -j ACCEPT
iptables -A INPUT -o
iptables -A INPUT -o -j ACCEPT
iptables -A INPUT -p
iptables -A INPUT -p -j ACCEPT
iptables -A INPUT -j
iptables -A INPUT -j -j ACCEPT
iptables -A INPUT -g
iptables -A INPUT -g -j ACCEPT
iptables -A INPUT -m
iptables -A INPUT -m -j ACCEPT
iptables -A INPUT -t
iptables -A INPUT -t -j ACCEPT
iptables -A INPUT -c
iptables -A INPUT -c -j ACCEPT
iptables -A INPUT -w
iptables -A INPUT -w -j ACCEPT
iptables -A INPUT -W
iptables -A INPUT -W -j ACCEPT
iptables -A INPUT --source
iptables -A INPUT --source -j ACCEPT
iptables -A INPUT --destination
iptables -A INPUT --destination -j ACCEPT
iptables -A INPUT --in-interface
iptables -A INPUT --in-interface -j ACCEPT
iptables -A INPUT --out-interface
iptables -A INPUT --out-interface -j ACCEPT
iptables -A INPUT --protocol
iptables -A INPUT --protocol -j ACCEPT
iptables -A INPUT --jump
iptables -A INPUT --jump -j ACCEPT
iptables -A INPUT --goto
iptables -A INPUT --goto -j ACCEPT
iptables -A INPUT --match
iptables -A INPUT --match -j ACCEPT
iptables -A INPUT --table
iptables -A INPUT --table -j ACCEPT
iptables -A INPUT --set-counters
iptables -A INPUT --set-counters -j ACCEPT
iptables -A INPUT --wait
iptables -A INPUT --wait -j ACCEPT
iptables -A INPUT --wait-interval
iptables -A INPUT --wait-interval -j ACCEPT
iptables -A INPUT --modprobe
iptables -A INPUT --modprobe -j ACCEPT
iptables -A
iptables -I
iptables -D
iptables -R
iptables -C
iptables -N
iptables -X
iptables -E
iptables -P
iptables -F
iptables -Z
iptables -L
iptables -S
iptables -R INPUT
iptables -D INPUT x
iptables -I INPUT x -j ACCEPT
iptables -R INPUT x -j ACCEPT
iptables -E KEEP
iptables -P INPUT
iptables -c 1
iptables -A INPUT -c 1
iptables -A INPUT -c 1 -j ACCEPT
ip6tables -A INPUT -s
ip6tables -I
iptables -A INPUT -p tcp --dport
iptables -A INPUT -p tcp --sport
iptables -A INPUT -p tcp --tcp-flags
iptables -A INPUT -p tcp --tcp-flags SYN
iptables -A INPUT -p tcp --tcp-option
iptables -A INPUT -p udp --dport
iptables -A INPUT -p icmp --icmp-type
iptables -A INPUT -p sctp --chunk-types
iptables -A INPUT -p sctp --chunk-types all
iptables -A INPUT -p dccp --dccp-types
iptables -A INPUT -p dccp --dccp-option
iptables -A INPUT -m comment --comment
iptables -A INPUT -m mark --mark
iptables -A INPUT -m limit --limit
iptables -A INPUT -m limit --limit-burst
iptables -A INPUT -m multiport --dports
iptables -A INPUT -p tcp -m multiport --dports
iptables -A INPUT -m state --state
iptables -A INPUT -m conntrack --ctstate
iptables -A INPUT -m conntrack --ctorigsrc
iptables -A INPUT -m iprange --src-range
iptables -A INPUT -m length --length
iptables -A INPUT -m ttl --ttl-eq
iptables -A INPUT -m tos --tos
iptables -A INPUT -m dscp --dscp
iptables -A INPUT -m dscp --dscp-class
iptables -A INPUT -m owner --uid-owner
iptables -A INPUT -m string --algo bm --string
iptables -A INPUT -m string --string x --algo
iptables -A INPUT -m string --string x
iptables -A INPUT -m hashlimit --hashlimit-name
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s
iptables -A INPUT -m hashlimit --hashlimit-name x
iptables -A INPUT -m recent --name
iptables -A INPUT -m recent --seconds
iptables -A INPUT -m statistic --mode
iptables -A INPUT -m statistic --probability 0.5
iptables -A INPUT -m time --timestart
iptables -A INPUT -m u32 --u32
iptables -A INPUT -m set --match-set
iptables -A INPUT -m set --match-set x
iptables -A INPUT -m physdev --physdev-in
iptables -A INPUT -m mac --mac-source
iptables -A INPUT -m connlimit --connlimit-above
iptables -A INPUT -m connbytes --connbytes 1
iptables -A INPUT -m helper --helper
iptables -A INPUT -m addrtype --src-type
iptables -A INPUT -m pkttype --pkt-type
iptables -A INPUT -m devgroup --src-group
iptables -A INPUT -m cgroup --path
iptables -A INPUT -m cluster --cluster-total-nodes
iptables -A INPUT -m quota --quota
iptables -A INPUT -m esp --espspi
iptables -A INPUT -m ecn --ecn-ip-ect
iptables -A INPUT -m cpu --cpu
iptables -A INPUT -m rateest --rateest
iptables -A INPUT -m nfacct --nfacct-name
iptables -A INPUT -m bpf --bytecode
iptables -A INPUT -m policy --dir
iptables -A INPUT -m policy --dir in --pol ipsec --proto
iptables -A INPUT -j LOG --log-prefix
iptables -A INPUT -j LOG --log-level
iptables -A INPUT -j NFLOG --nflog-group
iptables -A INPUT -j NFQUEUE --queue-num
iptables -A INPUT -j REJECT --reject-with
iptables -A INPUT -j SET --add-set
iptables -A INPUT -j SET --add-set x
iptables -A INPUT -j AUDIT --type
iptables -A INPUT -j AUDIT
iptables -A INPUT -j CLASSIFY
iptables -A INPUT -j CLASSIFY --set-class
iptables -A INPUT -j SECMARK
iptables -A INPUT -j CONNSECMARK
iptables -A INPUT -j LED
iptables -A INPUT -j LED --led-trigger-id
iptables -A INPUT -j IDLETIMER --timeout 1
iptables -A INPUT -j IDLETIMER --label x
iptables -A INPUT -j RATEEST --rateest-name x
iptables -A INPUT -j SYNPROXY --mss
iptables -A INPUT -j TEE
iptables -A INPUT -j TEE --gateway
iptables -t mangle -A PREROUTING -j MARK
iptables -t mangle -A PREROUTING -j MARK --set-mark
iptables -t mangle -A PREROUTING -j MARK --set-xmark
iptables -t mangle -A PREROUTING -j CONNMARK
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark
iptables -t mangle -A PREROUTING -j DSCP
iptables -t mangle -A PREROUTING -j DSCP --set-dscp
iptables -t mangle -A PREROUTING -j TOS
iptables -t mangle -A PREROUTING -j TOS --set-tos
iptables -t mangle -A PREROUTING -j TTL
iptables -t mangle -A PREROUTING -j TTL --ttl-set
iptables -t mangle -A PREROUTING -j HMARK
iptables -t mangle -A PREROUTING -j HMARK --hmark-mod
iptables -t mangle -A PREROUTING -j TCPMSS
iptables -t mangle -A PREROUTING -p tcp -j TCPMSS
iptables -t mangle -A PREROUTING -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss
iptables -t mangle -A PREROUTING -p tcp -j TCPOPTSTRIP --strip-options
iptables -t mangle -A PREROUTING -j CHECKSUM
iptables -t mangle -A PREROUTING -j ECN
iptables -t mangle -A PREROUTING -j TPROXY
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-ip
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --to-destination
iptables -t nat -A PREROUTING -j SNAT
iptables -t nat -A PREROUTING -j SNAT --to-source
iptables -t nat -A PREROUTING -j NETMAP
iptables -t nat -A PREROUTING -j NETMAP --to
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports
iptables -t nat -A PREROUTING -p tcp -j MASQUERADE --to-ports
iptables -t raw -A PREROUTING -j CT --zone
iptables -t raw -A PREROUTING -j CT --helper
iptables -t raw -A PREROUTING -j CT --ctevents
iptables -t raw -A PREROUTING -j CT --timeout
iptables -t raw -A PREROUTING -j RAWDNAT
ip6tables -A INPUT -p icmpv6 --icmpv6-type
ip6tables -A INPUT -m frag --fragid
ip6tables -A INPUT -m rt --rt-type
ip6tables -A INPUT -m hbh --hbh-opts
ip6tables -A INPUT -m ipv6header --header
ip6tables -A INPUT -m mh --mh-type
ip6tables -A INPUT -m srh --srh-next-hdr
ip6tables -A INPUT -j DNPT
ip6tables -A INPUT -j SNPT --src-pfx
iptables-save -t
iptables-save -M
iptables-restore -T
iptables-restore -M
iptables-restore -w
iptables-restore -W
iptables-save -c
ip6tables-save -c
# -W takes an optional value (glued, or a following word not starting
# with "-" or "!"), read like sscanf's %u; errors come in option order
iptables -W -5 -A INPUT
iptables -W ! -w -A INPUT
iptables -W 1000000 -w -A INPUT
iptables -W-5 -w -A INPUT
iptables -W 99999999999999999999999 -w -A INPUT
iptables -W 5x -w -A INPUT
iptables -w 5x -A INPUT -j ACCEPT
iptables -w x -5
iptables -A INPUT -p tcp --dport 99999 -5
iptables -A INPUT -j ACCEPT -j DROP --bogus
iptables -S
