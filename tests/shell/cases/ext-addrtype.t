# addrtype match: type lists (prefixes, any case), !, limit-iface, errors
iptables -A INPUT -m addrtype
iptables -A INPUT -m addrtype --src-type wrong
iptables -A INPUT -m addrtype --src-type LOCAL,,UNICAST
iptables -A INPUT -m addrtype --dst-type LOCAL,
iptables -A INPUT -m addrtype --dst-type ,LOCAL
iptables -A INPUT -m addrtype --src-type localx
iptables -A INPUT -m addrtype --src-type LOCAL --src-type LOCAL
iptables -A INPUT -m addrtype --limit-iface-in
iptables -A INPUT -m addrtype --limit-iface-in --limit-iface-out
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in --limit-iface-out
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-out --limit-iface-in
iptables -A INPUT -m addrtype ! --limit-iface-in --src-type LOCAL
iptables -A INPUT -m addrtype --limit-iface-in --limit-iface-in --src-type LOCAL
iptables -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-in
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-out
iptables -A INPUT -m addrtype --src-type LOCAL,UNICAST -j ACCEPT
iptables -A INPUT -m addrtype ! --src-type LOCAL ! --dst-type BROADCAST,MULTICAST
iptables -A INPUT -m addrtype --src-type local
iptables -A INPUT -m addrtype --dst-type lOcAl,u,b,m
iptables -A INPUT -m addrtype --src-type UNSPEC,UNICAST,LOCAL,BROADCAST,ANYCAST,MULTICAST,BLACKHOLE,UNREACHABLE,PROHIBIT,THROW,NAT,XRESOLVE
iptables -A INPUT -m addrtype --src-type LOCAL --limit-iface-in
iptables -A FORWARD -m addrtype --src-type LOCAL --limit-iface-out
iptables -A OUTPUT -m addrtype --dst-type LOCAL --limit-iface-out
iptables -N FOO
iptables -A FOO -m addrtype --src-type LOCAL --limit-iface-in
iptables -A FOO -m addrtype --dst-type THROW --limit-iface-out
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j FOO
iptables -t nat -N FOO
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j FOO
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j FOO
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m addrtype --src-type LOCAL,UNICAST -j ACCEPT
iptables -C INPUT -m addrtype --src-type UNICAST,LOCAL -j ACCEPT
iptables -C INPUT -m addrtype --src-type LOCAL -j ACCEPT
iptables -D INPUT -m addrtype ! --src-type LOCAL ! --dst-type BROADCAST,MULTICAST
iptables -D FOO -m addrtype --src-type LOCAL --limit-iface-in
iptables -D FOO -m addrtype --src-type LOCAL --limit-iface-in
iptables -S
ip6tables -A INPUT -m addrtype --src-type LOCAL
ip6tables -A INPUT -m addrtype --src-type BROADCAST
ip6tables -A INPUT -m addrtype --dst-type BLACKHOLE
ip6tables -A INPUT -m addrtype --dst-type loc,u
ip6tables -A INPUT -m addrtype ! --dst-type MULTICAST --limit-iface-in -j DROP
ip6tables -A INPUT -m addrtype
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m addrtype --dst-type UNSPEC,LOCAL
ip6tables -C INPUT -m addrtype ! --dst-type MULTICAST --limit-iface-in -j DROP
ip6tables -S
