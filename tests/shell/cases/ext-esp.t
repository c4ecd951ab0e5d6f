# esp match: spi ranges, errors, listing, -C/-D, both families
iptables -A INPUT -p esp -m esp --espspi 0
iptables -A INPUT -p esp -m esp ! --espspi 4294967295
iptables -A INPUT -p esp -m esp --espspi 4294967296
iptables -A INPUT -p esp -m esp --espspi 1:2:3
iptables -A INPUT -p esp -m esp --espspi x
iptables -A INPUT -p esp -m esp --espspi 5 --espspi 6
iptables -A INPUT -p esp -m esp --espspi :7
iptables -A INPUT -p esp -m esp --espspi 7:
iptables -A INPUT -p esp -m esp
iptables -A INPUT -m esp
iptables -A INPUT -p esp --espspi 9:10
iptables -A INPUT -p esp -m esp -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -p esp -m esp --espspi 9:10
iptables -C INPUT -p esp -m esp --espspi 9:11
iptables -D INPUT -p esp -m esp ! --espspi 4294967295
iptables -D INPUT -p esp -m esp ! --espspi 4294967295
iptables -S INPUT
ip6tables -A INPUT -p esp -m esp --espspi 0x10:0x20 -j DROP
ip6tables -A INPUT -p esp -m esp ! --espspi 1
ip6tables -A INPUT -m esp --espspi 1
ip6tables -A INPUT -p esp -m esp --espspi 1:
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -p esp -m esp --espspi 16:32 -j DROP
ip6tables -D INPUT -p esp -m esp ! --espspi 1
ip6tables -S
