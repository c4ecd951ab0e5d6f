# rt match (IPv6): type, segments left, length, type 0 reserved/addresses/not-strict, order rules, errors, listing, -C/-D
ip6tables -A INPUT -m rt --rt-type 0 --rt-segsleft 1:23 --rt-len 42 --rt-0-res
ip6tables -A INPUT -m rt --rt-type 0 ! --rt-segsleft 1:23 ! --rt-len 42 --rt-0-res
ip6tables -A INPUT -m rt ! --rt-type 1 ! --rt-segsleft 12:23 ! --rt-len 42
ip6tables -A INPUT -m rt
ip6tables -A INPUT -m rt --rt-segsleft :
ip6tables -A INPUT -m rt --rt-segsleft :3
ip6tables -A INPUT -m rt --rt-segsleft 3:
ip6tables -A INPUT -m rt --rt-segsleft 3:3
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,2001:db8::1
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,2001:db8::1 --rt-0-not-strict
ip6tables -A INPUT -m rt --rt-0-not-strict
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-not-strict
ip6tables -A INPUT -m rt --rt-0-addrs ::1
ip6tables -A INPUT -m rt --rt-type 1 --rt-0-addrs ::1
ip6tables -A INPUT -m rt --rt-type 1 --rt-0-res
ip6tables -A INPUT -m rt --rt-0-res
ip6tables -A INPUT -m rt --rt-type 256
ip6tables -A INPUT -m rt --rt-type x
ip6tables -A INPUT -m rt --rt-len x
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs foo
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,::2,::3,::4,::5,::6,::7,::8,::9,::10,::11,::12,::13,::14,::15,::16
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,::2,::3,::4,::5,::6,::7,::8,::9,::10,::11,::12,::13,::14,::15,::16,::17
ip6tables -A INPUT -m rt ! --rt-0-res
ip6tables -A INPUT -m rt --rt-type 0 ! --rt-0-addrs ::1
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-addrs 1::1,2::2 --rt-segsleft 7 -j DROP
ip6tables -A INPUT -m rt -h
iptables -A INPUT -m rt --rt-type 0
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m rt --rt-type 0 --rt-0-addrs 1::1,2::2 --rt-segsleft 7 -j DROP
ip6tables -C INPUT -m rt --rt-type 0 --rt-0-addrs 1::1,2::3 --rt-segsleft 7 -j DROP
ip6tables -D INPUT -m rt --rt-segsleft 3:3
ip6tables -D INPUT -m rt --rt-segsleft 3:3
ip6tables -S INPUT
