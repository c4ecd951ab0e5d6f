# pkttype match: names and aliases, errors, listing, -C/-D
iptables -A INPUT -m pkttype --pkt-type unicast
iptables -A INPUT -m pkttype --pkt-type broadcast
iptables -A INPUT -m pkttype ! --pkt-type multicast
iptables -A INPUT -m pkttype --pkt-type otherhost
iptables -A INPUT -m pkttype --pkt-type host
iptables -A INPUT -m pkttype --pkt-type BROADCAST
iptables -A INPUT -m pkttype --pkt-type 5
iptables -A INPUT -m pkttype --pkt-type foo
iptables -A INPUT -m pkttype --pkt-type unicast --pkt-type host
iptables -A INPUT -m pkttype
iptables -A INPUT -m pkttype --pkt-type mcast
iptables -A INPUT -m pkttype --pkt-type bcast
iptables -A INPUT -m pkttype --pkt-type uni
iptables -A INPUT -m pkttype --pkt-type Host -j DROP
iptables -A INPUT -m pkttype --pkt-type loopback
iptables -A INPUT -m pkttype -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m pkttype --pkt-type host -j DROP
iptables -C INPUT -m pkttype ! --pkt-type unicast -j DROP
iptables -D INPUT -m pkttype ! --pkt-type mcast
iptables -D INPUT -m pkttype ! --pkt-type mcast
iptables -S INPUT
ip6tables -A INPUT -m pkttype ! --pkt-type otherhost -j ACCEPT
ip6tables -A INPUT -m pkttype --pkt-type bcast
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m pkttype --pkt-type broadcast
ip6tables -S
