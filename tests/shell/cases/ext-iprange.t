# iprange match (revision 1): ranges, single addresses, reversed warning, errors, listing, -C/-D
iptables -A INPUT -m iprange --src-range 1.1.1.1-1.1.1.10
iptables -A INPUT -m iprange ! --src-range 1.1.1.1-1.1.1.10
iptables -A INPUT -m iprange --dst-range 1.1.1.1-1.1.1.10
iptables -A INPUT -m iprange ! --dst-range 1.1.1.1-1.1.1.10
iptables -A INPUT -m iprange --src-range 1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1.10-1.1.1.1
iptables -A INPUT -m iprange --src-range 1.1.1.1-
iptables -A INPUT -m iprange --src-range -1.1.1.1
iptables -A INPUT -m iprange --src-range foo
iptables -A INPUT -m iprange --src-range 1.1.1.1-foo
iptables -A INPUT -m iprange --src-range 1.1.1.1/24
iptables -A INPUT -m iprange --src-range 1.1.1.1-2.2.2.2-3.3.3.3
iptables -A INPUT -m iprange --src-range ::1
iptables -A INPUT -m iprange --src-range 1.1.1.1 --src-range 2.2.2.2
iptables -A INPUT -m iprange
iptables -A INPUT -m iprange --src-range 1.2.3.4-5.6.7.8 ! --dst-range 9.9.9.9-10.10.10.10
iptables -A INPUT -m iprange --src-range localhost
iptables -A INPUT -m iprange --src-range 1.2.3
iptables -A INPUT -m iprange --src-range 0x01020304
iptables -A INPUT -m iprange --dst-range 010.0x10.1-10.16.1.255 -j DROP
iptables -A INPUT -m iprange -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m iprange --dst-range 8.16.1.0-10.16.1.255 -j DROP
iptables -C INPUT -m iprange --dst-range 10.16.1.0-10.16.1.255 -j DROP
iptables -D INPUT -m iprange --src-range 1.1.1.1-1.1.1.1
iptables -D INPUT -m iprange --src-range 1.1.1.1
iptables -D INPUT -m iprange ! --dst-range 1.1.1.1-1.1.1.10
iptables -S INPUT
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::10
ip6tables -A INPUT -m iprange ! --dst-range ::1
ip6tables -A INPUT -m iprange --dst-range 1.2.3.4
ip6tables -A INPUT -m iprange --dst-range ::ffff:1.2.3.4-::ffff:1.2.3.5
ip6tables -A INPUT -m iprange --dst-range 2001:db8::10-2001:db8::1
ip6tables -A INPUT -m iprange --src-range ::-::ffff ! --dst-range fe80::1-fe80::2
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m iprange ! --dst-range ::1
ip6tables -D INPUT -m iprange ! --dst-range ::1
ip6tables -D INPUT -m iprange --src-range ::-::ffff ! --dst-range fe80::1-fe80::2
ip6tables -S
