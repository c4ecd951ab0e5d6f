# ip6tables: addresses, masks, listing
ip6tables -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -d fe80::/10 -j DROP
ip6tables -A INPUT -d ::1/128
ip6tables -A INPUT -s ::/0
ip6tables -A INPUT -s 2001:db8::1/64
ip6tables -A INPUT -s 2001:db8:0:0:0:0:0:1
ip6tables -A INPUT -s ::ffff:1.2.3.4
ip6tables -A INPUT -s 2001:db8::/ffff:ffff::
ip6tables -A INPUT -s 2001:db8::/ffff:0:ffff::
ip6tables -A INPUT ! -s fe80::/64 ! -d ff00::/8
ip6tables -A INPUT -s 2001:db8::1,2001:db8::2
ip6tables -A INPUT -s localhost
ip6tables -A INPUT -s ip6-localhost
ip6tables -A FORWARD -i eth0 -o eth1 -j DROP
ip6tables -A OUTPUT -o lo -j ACCEPT
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables -L -v -n
ip6tables -L -n -v -x --line-numbers
ip6tables-save
ip6tables -A INPUT -s 2001:db8::1/129
ip6tables -A INPUT -s 2001:db8::g
ip6tables -A INPUT -s 1.2.3.4
ip6tables -A INPUT -s 2001:db8::/ffff::ffff
ip6tables -C INPUT -s 2001:db8::1/128 -j ACCEPT
ip6tables -D INPUT -s 2001:db8::1 -j ACCEPT
ip6tables -D INPUT 1
ip6tables -S INPUT
iptables -S
