# DNPT (IPv6, mangle PREROUTING/OUTPUT): prefixes kept unmasked, kernel checks them
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -A OUTPUT -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -A OUTPUT -j DNPT --src-pfx 1c3::/65 --dst-pfx dead::/65
ip6tables -t mangle -A OUTPUT -j DNPT --src-pfx 1c3::/x --dst-pfx dead::/65
ip6tables -t nat -A PREROUTING -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
iptables -t mangle -A OUTPUT -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -S
ip6tables -t mangle -L
ip6tables -t mangle -L -n
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64 --src-pfx 1::/64
ip6tables -t mangle -A PREROUTING -j DNPT ! --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 1c3::/0 --dst-pfx ::/0
ip6tables -t mangle -A PREROUTING -j DNPT --dst-pfx 2001:db8::/ffff:ffff:ffff:: --src-pfx 2001:db9::/48
ip6tables -t mangle -A PREROUTING -j DNPT --src-pfx 1.2.3.4/24 --dst-pfx ::/0
ip6tables-save -t mangle
ip6tables -t mangle -C PREROUTING -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -D OUTPUT -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -D OUTPUT -j DNPT --src-pfx 1c3::/64 --dst-pfx dead::/64
ip6tables -t mangle -S
ip6tables -j DNPT -h
