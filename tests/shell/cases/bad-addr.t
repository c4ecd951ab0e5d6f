# Bad input catalogue: malformed addresses and masks, and host names
# that do not resolve (".invalid" names fail without the network: the
# namespace has none).  Nothing may change in the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -A INPUT -s 1.2.3.4/33
iptables -A INPUT -s 1.2.3.4/-1
iptables -A INPUT -s 1.2.3.4/
iptables -A INPUT -s /24
iptables -A INPUT -s 1.2.3.4/x
iptables -A INPUT -s 1.2.3.4/255.255.255.256
iptables -A INPUT -s 1.2.3.4/255.0.255.0
iptables -A INPUT -s 1.2.3.4/24/24
iptables -A INPUT -s 1.2.3.256
iptables -A INPUT -s 1.2.3
iptables -A INPUT -s 1.2.3.4.5
iptables -A INPUT -s 1..2.3
iptables -A INPUT -s 01.02.03.04
iptables -A INPUT -s 0x1.2.3.4
iptables -A INPUT -s 1.2.3.4,
iptables -A INPUT -s ,1.2.3.4
iptables -A INPUT -s 1.2.3.4,,5.6.7.8
iptables -A INPUT -s 1.2.3.4,1.2.3.999
iptables -A INPUT -s ""
iptables -A INPUT -s " "
iptables -A INPUT -s 2001:db8::1
iptables -A INPUT -d 1.2.3.4/33
iptables -A INPUT -s nosuchhost.invalid
iptables -A INPUT -d nosuchhost.invalid
iptables -A INPUT -s nosuchhost.invalid/24
iptables -A INPUT ! -s 1.1.1.1,2.2.2.2
iptables -A INPUT ! -d 1.1.1.1,2.2.2.2
ip6tables -A INPUT -s 2001:db8::1/129
ip6tables -A INPUT -s 2001:db8::1/-1
ip6tables -A INPUT -s 2001:db8:::1
ip6tables -A INPUT -s 2001:db8::g
ip6tables -A INPUT -s 2001:db8::1/ffff::
ip6tables -A INPUT -s 2001:db8::1/ffff:0:ffff::
ip6tables -A INPUT -s 1.2.3.4
ip6tables -A INPUT -s [2001:db8::1]
ip6tables -A INPUT -s nosuchhost.invalid
ip6tables -A INPUT -d 2001:db8::1,
iptables -A INPUT -m iprange --src-range 1.2.3.4
iptables -A INPUT -m iprange --src-range 1.2.3.4-1.2.3.256
iptables -A INPUT -m iprange --src-range 1.2.3.4-
iptables -A INPUT -m iprange --dst-range 2001:db8::1-2001:db8::2
iptables -A INPUT -m iprange --src-range 1.2.3.4-1.2.3.5-1.2.3.6
iptables -A INPUT -m conntrack --ctorigsrc 1.2.3.4/33
iptables -A INPUT -m conntrack --ctorigdst nosuchhost.invalid
iptables -A INPUT -m policy --dir in --pol ipsec --tunnel-src 1.2.3.4/33
iptables -A INPUT -m recent --name x --set --mask 1.2.3
iptables -A INPUT -m hashlimit --hashlimit-name h --hashlimit-upto 1/s --hashlimit-srcmask -1
iptables -A INPUT -m mac --mac-source 00:11:22:33:44
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:55:66
iptables -A INPUT -m mac --mac-source 00:11:22:33:44:gg
iptables -A INPUT -m mac --mac-source 001:1:22:33:44:55
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.256
iptables -t nat -A PREROUTING -j DNAT --to-destination nosuchhost.invalid
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4/24
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3
iptables -t nat -A PREROUTING -j NETMAP --to 1.2.3.4/33
ip6tables -t nat -A PREROUTING -j DNAT --to-destination 2001:db8::1:80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:
ip6tables -t nat -A PREROUTING -j DNPT --src-pfx 2001:db8::/129 --dst-pfx 2001:db9::/64
iptables -A INPUT -j TEE --gateway 1.2.3.256
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 1.2.3.256
iptables-save -c
ip6tables-save -c
# blanks before an address or a mask length are skipped; numbers are read
# like strtoul in base 0 (so /024 is /20)
iptables -A INPUT -s "  x.invalid"
iptables -A INPUT -s " "
iptables -A INPUT -s " 192.0.2.7/ 0x18, 198.51.100.1"
iptables -A INPUT -s 192.0.2.8/024
iptables -A INPUT -s 192.0.2.9/+32
iptables -A INPUT -s "192.0.2.10 "
iptables -A INPUT -s "192.0.2.11/24 "
iptables -S INPUT
