# with a mask of zero iptables does not look at the host: any name or
# malformed address is "any", item by item in a list
iptables -A INPUT -s foo.invalid/0
iptables -A INPUT -s 300.1.1.1/0 -j ACCEPT
iptables -A INPUT -d bogus/0.0.0.0 -j DROP
iptables -A INPUT -s 1.2.3.4,foo/0
iptables -A INPUT -s ::1/0
iptables -A INPUT -s /0
iptables -A INPUT ! -s x/0
iptables -A INPUT -s foo/::
iptables -A INPUT -s foo/00
iptables -A INPUT -s foo/0x0
iptables -C INPUT -s any/0 -j ACCEPT
iptables -D INPUT -s whatever/0 -j DROP
ip6tables -A INPUT -s foo.invalid/0
ip6tables -A INPUT -d 300.1.1.1/0 -j ACCEPT
ip6tables -A INPUT -s foo/::
ip6tables -A INPUT -s 1.2.3.4,foo/0
ip6tables -A INPUT -s foo/0.0.0.0
iptables-save
ip6tables-save
