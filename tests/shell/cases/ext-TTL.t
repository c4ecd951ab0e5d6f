# TTL (IPv4) and HL (IPv6) targets: set/dec/inc, ranges, family
iptables -t mangle -A OUTPUT -j TTL --ttl-set 0
iptables -t mangle -A OUTPUT -j TTL --ttl-set 255
iptables -t mangle -A OUTPUT -j TTL --ttl-dec 1
iptables -t mangle -A OUTPUT -j TTL --ttl-inc 255
iptables -t mangle -A OUTPUT -j TTL --ttl-dec 0
iptables -t mangle -A OUTPUT -j TTL --ttl-inc 0
iptables -t mangle -A OUTPUT -j TTL --ttl-set 256
iptables -t mangle -A OUTPUT -j TTL --ttl-set 1 --ttl-dec 1
iptables -t mangle -A OUTPUT -j TTL --ttl-set 1 --ttl-set 1
iptables -t mangle -A OUTPUT -j TTL
iptables -t mangle -A OUTPUT -j TTL ! --ttl-set 1
iptables -A OUTPUT -j TTL --ttl-set 1
ip6tables -t mangle -A OUTPUT -j TTL --ttl-set 1
iptables -t mangle -A OUTPUT -j HL --hl-set 1
iptables -t mangle -S OUTPUT
iptables -t mangle -L OUTPUT
iptables -t mangle -L OUTPUT -n
ip6tables -t mangle -A OUTPUT -j HL --hl-set 0
ip6tables -t mangle -A OUTPUT -j HL --hl-dec 3
ip6tables -t mangle -A OUTPUT -j HL --hl-inc 4
ip6tables -t mangle -A OUTPUT -j HL --hl-inc 0
ip6tables -t mangle -A OUTPUT -j HL --hl-dec 256
ip6tables -t mangle -A OUTPUT -j HL
ip6tables -t mangle -A OUTPUT -j HL --hl-set 2 --hl-inc 3
ip6tables -t mangle -S OUTPUT
ip6tables -t mangle -L OUTPUT
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 0x10
iptables -t mangle -A PREROUTING -j TTL --ttl-dec -1
iptables -t mangle -A PREROUTING -j TTL --ttl-set
iptables -t mangle -A PREROUTING -j TTL --ttl-set --ttl-inc 1
iptables-save -t mangle
iptables -t mangle -C OUTPUT -j TTL --ttl-dec 1
iptables -t mangle -C OUTPUT -j TTL --ttl-inc 1
iptables -t mangle -D OUTPUT -j TTL --ttl-set 255
iptables -t mangle -S OUTPUT
ip6tables -t mangle -A PREROUTING -j HL --hl-set 255
ip6tables -t mangle -A PREROUTING -j HL --hl-inc 0xff
ip6tables -t mangle -A PREROUTING -j HL --hl-set 1 --hl-set 2
ip6tables -t mangle -A PREROUTING -j HL ! --hl-set 1
ip6tables -A INPUT -j HL --hl-set 1
ip6tables-save -t mangle
ip6tables -t mangle -L -n -v
ip6tables -t mangle -C OUTPUT -j HL --hl-dec 3
ip6tables -t mangle -D OUTPUT -j HL --hl-inc 4
ip6tables -t mangle -D OUTPUT -j HL --hl-inc 4
ip6tables -t mangle -S OUTPUT
iptables -j TTL -h
ip6tables -j HL -h
