# iptables-restore as Shorewall's compiled script uses it: whole tables
# replaced, with counters, mangle marks, zone chains, LOG prefixes, and the
# same file restored again (a "shorewall restart")
iptables -A INPUT -s 192.0.2.1 -j DROP
iptables -t mangle -A PREROUTING -s 192.0.2.2
iptables -N old-chain
iptables-restore --counters <<EOF
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:tcpre - [0:0]
:tcfor - [0:0]
:tcout - [0:0]
:tcpost - [0:0]
-A PREROUTING -m connmark ! --mark 0/0xff -j CONNMARK --restore-mark --mask 0xff
-A PREROUTING -m mark --mark 0/0xff -j tcpre
-A FORWARD -j MARK --set-xmark 0x0/0xff
-A FORWARD -j tcfor
-A OUTPUT -m connmark ! --mark 0/0xff -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -m mark --mark 0/0xff -j tcout
-A POSTROUTING -j tcpost
-A tcpre -i eth1 -j MARK --set-mark 0x1/0xff
-A tcpre -i eth2 -j MARK --set-mark 0x2/0xff
-A tcpre -m mark ! --mark 0/0xff -j CONNMARK --save-mark --mask 0xff
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:eth0_masq - [0:0]
:net_dnat - [0:0]
-A PREROUTING -i eth0 -j net_dnat
-A POSTROUTING -o eth0 -j eth0_masq
-A eth0_masq -s 10.0.1.0/24 -j MASQUERADE
-A eth0_masq -s 10.0.2.0/24 -j SNAT --to-source 198.51.100.10
-A net_dnat -p tcp --dport 80 -j DNAT --to-destination 10.0.1.10:8080
-A net_dnat -p tcp -m multiport --dports 25,587 -j DNAT --to-destination 10.0.1.11
COMMIT
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT DROP [0:0]
:Broadcast - [0:0]
:Invalid - [0:0]
:NotSyncd - [0:0]
:dynamic - [0:0]
:fw-loc - [0:0]
:fw-net - [0:0]
:loc-fw - [0:0]
:loc-net - [0:0]
:logdrop - [0:0]
:logflags - [0:0]
:logreject - [0:0]
:net-fw - [0:0]
:net-loc - [0:0]
:reject - [0:0]
:sfilter - [0:0]
:smurfs - [0:0]
:tcpflags - [0:0]
[120:9800] -A INPUT -i eth0 -j net-fw
[340:20400] -A INPUT -i eth1 -j loc-fw
-A INPUT -i lo -j ACCEPT
-A INPUT -m addrtype --dst-type BROADCAST -j DROP
-A INPUT -m addrtype --dst-type ANYCAST -j DROP
-A INPUT -m addrtype --dst-type MULTICAST -j DROP
-A INPUT -m limit --limit 1/sec --limit-burst 10 -j LOG --log-prefix "Shorewall:INPUT:REJECT:" --log-level 6
-A INPUT -g reject
-A FORWARD -i eth0 -o eth1 -j net-loc
-A FORWARD -i eth1 -o eth0 -j loc-net
-A FORWARD -m limit --limit 1/sec --limit-burst 10 -j LOG --log-prefix "Shorewall:FORWARD:REJECT:" --log-level 6
-A FORWARD -g reject
-A OUTPUT -o eth0 -j fw-net
-A OUTPUT -o eth1 -j fw-loc
-A OUTPUT -o lo -j ACCEPT
-A OUTPUT -j ACCEPT
-A Broadcast -m addrtype --dst-type BROADCAST -j DROP
-A Broadcast -m addrtype --dst-type MULTICAST -j DROP
-A Broadcast -m addrtype --dst-type ANYCAST -j DROP
-A Broadcast -d 224.0.0.0/4 -j DROP
-A Invalid -m conntrack --ctstate INVALID -j DROP
-A NotSyncd -m conntrack --ctstate NEW -j ACCEPT
-A fw-loc -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A fw-loc -j ACCEPT
-A fw-net -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A fw-net -j ACCEPT
-A loc-fw -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A loc-fw -p tcp --dport 22 -j ACCEPT
-A loc-fw -p udp -m multiport --dports 53,67 -j ACCEPT
-A loc-fw -p icmp --icmp-type 8 -j ACCEPT
-A loc-fw -j ACCEPT
-A loc-net -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A loc-net -j ACCEPT
-A logdrop -j DROP
-A logflags -m limit --limit 1/sec --limit-burst 10 -j LOG --log-prefix "Shorewall:logflags:DROP:" --log-level 6 --log-ip-options
-A logflags -j DROP
-A logreject -j reject
-A net-fw -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A net-fw -m conntrack --ctstate INVALID -j DROP
-A net-fw -p tcp -j tcpflags
-A net-fw -j smurfs
-A net-fw -p icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT
-A net-fw -p tcp --dport 22 -m conntrack --ctstate NEW -m limit --limit 3/min --limit-burst 3 -j ACCEPT
-A net-fw -m limit --limit 1/sec --limit-burst 10 -j LOG --log-prefix "Shorewall:net-fw:DROP:" --log-level 6
-A net-fw -j DROP
-A net-loc -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A net-loc -m conntrack --ctstate INVALID -j DROP
-A net-loc -p tcp -j tcpflags
-A net-loc -m conntrack --ctstate NEW,RELATED -d 10.0.1.10 -p tcp --dport 8080 -j ACCEPT
-A net-loc -j DROP
-A reject -m addrtype --src-type BROADCAST -j DROP
-A reject -s 224.0.0.0/4 -j DROP
-A reject -p igmp -j DROP
-A reject -p tcp -j REJECT --reject-with tcp-reset
-A reject -p udp -j REJECT
-A reject -p icmp -j REJECT --reject-with icmp-host-unreachable
-A reject -j REJECT --reject-with icmp-host-prohibited
-A smurfs -s 0.0.0.0 -j RETURN
-A smurfs -m addrtype --src-type BROADCAST -j DROP
-A smurfs -s 224.0.0.0/4 -j DROP
-A tcpflags -p tcp -m tcp --tcp-flags ALL FIN,URG,PSH -g logflags
-A tcpflags -p tcp -m tcp --tcp-flags ALL NONE -g logflags
-A tcpflags -p tcp -m tcp --tcp-flags SYN,RST SYN,RST -g logflags
-A tcpflags -p tcp -m tcp --tcp-flags FIN,RST FIN,RST -g logflags
-A tcpflags -p tcp -m tcp --tcp-flags SYN,FIN SYN,FIN -g logflags
-A tcpflags -p tcp -m tcp --tcp-flags ACK,PSH,FIN PSH,FIN -g logflags
-A tcpflags -p tcp -m tcp --sport 0 --tcp-flags FIN,SYN,RST,ACK SYN -g logflags
COMMIT
EOF
iptables-save -c
iptables -S
iptables -t mangle -S
iptables -t nat -L -n
# "shorewall restart": the same tables again, counters carried over
iptables-restore -c <<EOF
*nat
:PREROUTING ACCEPT [10:600]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [3:180]
:POSTROUTING ACCEPT [3:180]
:eth0_masq - [0:0]
-A POSTROUTING -o eth0 -j eth0_masq
[5:300] -A eth0_masq -s 10.0.1.0/24 -j MASQUERADE
COMMIT
*filter
:INPUT DROP [100:8000]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [200:16000]
:net-fw - [0:0]
[120:9800] -A INPUT -i eth0 -j net-fw
-A INPUT -i lo -j ACCEPT
[7:420] -A net-fw -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A net-fw -j DROP
COMMIT
EOF
iptables-save -c
# "shorewall check": everything is parsed, nothing is done
iptables-restore --test <<EOF
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j nosuchchain
-A nosuchchain -j ACCEPT
COMMIT
EOF
iptables-restore --test <<EOF
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
EOF
iptables-save -c
