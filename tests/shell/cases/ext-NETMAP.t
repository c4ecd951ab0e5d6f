# NETMAP target: IPv4 (nf_nat_ipv4_multi_range_compat) and IPv6 (nf_nat_range)
iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.0/24
iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4
iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4/255.255.0.0
iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4/255.0.255.0
iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/0
iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/33
iptables -t nat -A POSTROUTING -j NETMAP --to 10.0.0.0/x
iptables -t nat -A POSTROUTING -j NETMAP --to localhost/8
iptables -t nat -A POSTROUTING -j NETMAP
iptables -t nat -A POSTROUTING -j NETMAP --to 1.1.1.1 --to 2.2.2.2
iptables -t mangle -A POSTROUTING -j NETMAP --to 1.1.1.1
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::/64
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::1
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::1/ffff::
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::1/129
ip6tables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4
ip6tables -t nat -S
ip6tables -t nat -L
iptables -t nat -A OUTPUT -p tcp -j NETMAP --to 192.168.0.0/255.255.255.128
iptables -t nat -A OUTPUT -j NETMAP ! --to 1.1.1.1
iptables -t nat -A OUTPUT -j NETMAP --to 1.2.3.4/
iptables -t nat -A OUTPUT -j NETMAP --to /24
iptables -t filter -A OUTPUT -j NETMAP --to 1.2.3.4
iptables-save -t nat
iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.99/24
iptables -t nat -C PREROUTING -j NETMAP --to 1.2.3.4/32
iptables -t nat -D PREROUTING -j NETMAP --to 1.2.9.9/16
iptables -t nat -D POSTROUTING -j NETMAP --to 10.0.0.0/33
iptables -t nat -S
ip6tables -t nat -A OUTPUT -j NETMAP --to dead::beef
ip6tables -t nat -A POSTROUTING -j NETMAP --to ::/0
ip6tables -t nat -L -n
ip6tables-save -t nat
ip6tables -t nat -D PREROUTING -j NETMAP --to 2001:db8::1/64
ip6tables -t nat -C PREROUTING -j NETMAP --to 2001:db8:ff::/16
iptables -j NETMAP -h
ip6tables -j NETMAP -h
