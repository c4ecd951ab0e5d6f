# SNPT (IPv6, mangle INPUT/POSTROUTING): prefixes kept unmasked, kernel checks them
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64
ip6tables -t mangle -A INPUT -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::beef --dst-pfx 1c3::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::beef/64 --dst-pfx 1c3::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/ffff:ffff:: --dst-pfx 1c3::/32
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/ffff:0:ffff:: --dst-pfx 1c3::/32
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --dst-pfx dead::/64
ip6tables -t mangle -A POSTROUTING -j SNPT
ip6tables -t mangle -A PREROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64
ip6tables -t mangle -S
ip6tables -t mangle -L
ip6tables -t mangle -L -n
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64 --dst-pfx 1::/64
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/129
ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/-1
ip6tables-save -t mangle
ip6tables -t mangle -L -n -v
ip6tables -t mangle -C POSTROUTING -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64
ip6tables -t mangle -C POSTROUTING -j SNPT --src-pfx dead::/32 --dst-pfx 1c3::/32
ip6tables -t mangle -D POSTROUTING -j SNPT --src-pfx dead::/ffff:ffff:: --dst-pfx 1c3::/32
ip6tables -t mangle -D INPUT -j SNPT --src-pfx 2001:db8:1::/48 --dst-pfx 2001:db8:2::/48
ip6tables -t mangle -S
iptables -t mangle -A INPUT -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64
ip6tables -j SNPT -h
