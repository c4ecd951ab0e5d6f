# length match: values and ranges, errors, listing, -C/-D, both families
iptables -A INPUT -m length --length 0
iptables -A INPUT -m length --length 65535
iptables -A INPUT -m length --length 65536
iptables -A INPUT -m length ! --length 5:10
iptables -A INPUT -m length --length :10
iptables -A INPUT -m length --length 10:
iptables -A INPUT -m length --length :
iptables -A INPUT -m length --length 1:2:3
iptables -A INPUT -m length --length x
iptables -A INPUT -m length --length 5 --length 6
iptables -A INPUT -m length
iptables -A INPUT -m length --length 5:5
iptables -A INPUT -m length --length 0x10
iptables -A INPUT -m length -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m length ! --length 5:10
iptables -C INPUT -m length --length 5:10
iptables -D INPUT -m length --length 5:5
iptables -D INPUT -m length --length 5
iptables -S INPUT
ip6tables -A INPUT -m length ! --length 1280: -j DROP
ip6tables -A INPUT -m length --length 40:60
ip6tables -A INPUT -m length --length 40:60:
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -C INPUT -m length ! --length 1280:65535 -j DROP
ip6tables -D INPUT -m length ! --length 1280:65535 -j DROP
ip6tables -S
