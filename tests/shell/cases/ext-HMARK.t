# HMARK target: tuple types count as their options; prefixes; checks in iptables' order
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-rnd 0x00000004 --hmark-mod 42
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-sport-mask 0xffff --hmark-dport-mask 0xffff --hmark-proto-mask 0xffff --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 1 --hmark-dst-prefix 2 --hmark-sport-mask 0x0003 --hmark-dport-mask 0x0004 --hmark-proto-mask 0x05 --hmark-rnd 0x00000004 --hmark-mod 42 --hmark-offset 1 --hmark-tuple ct
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport,proto --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple spi --hmark-rnd 1 --hmark-mod 2 --hmark-sport 5 --hmark-dport 6 --hmark-spi 7
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple s,d --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple foo --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src, --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ,src --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-rnd 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-rnd 1 --hmark-mod 1
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-rnd 1 --hmark-mod 0
iptables -t mangle -A PREROUTING -j HMARK --hmark-spi-mask 4 --hmark-sport-mask 1 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.255.0.0 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 255.0.255.0 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 33 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-proto-mask 0x1ff --hmark-rnd 1 --hmark-mod 2
iptables -A INPUT -j HMARK --hmark-tuple ct --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -S
iptables -t mangle -L
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 64 --hmark-dst-prefix ffff:: --hmark-rnd 0x10 --hmark-mod 3
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst --hmark-rnd 0x10 --hmark-mod 3 --hmark-offset 0x10
ip6tables -t mangle -S
ip6tables -t mangle -L
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-src-prefix 16 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple sport,spi --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple CT,Proto --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-tuple src --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-rnd 1 --hmark-mod 2 --hmark-sport 0x50 --hmark-dport 80
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-rnd 4294967296 --hmark-mod 2
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-rnd 1 --hmark-mod 2 --hmark-sport-mask 65536
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-rnd 1 --hmark-mod 2 --hmark-dst-prefix x
iptables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct --hmark-rnd 1 --hmark-mod 2 ! --hmark-offset 1
iptables-save -t mangle
iptables -t mangle -L -n
iptables -t mangle -C PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-rnd 4 --hmark-mod 42
iptables -t mangle -C PREROUTING -j HMARK --hmark-tuple src --hmark-rnd 4 --hmark-mod 42
iptables -t mangle -D PREROUTING -j HMARK --hmark-tuple s,d --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -D PREROUTING -j HMARK --hmark-src-prefix 32 --hmark-dst-prefix 32 --hmark-rnd 1 --hmark-mod 2
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix ffff:0:ffff:: --hmark-rnd 1 --hmark-mod 2
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix 129 --hmark-rnd 1 --hmark-mod 2
ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple ct,sport --hmark-rnd 1 --hmark-mod 2 --hmark-spi 3
ip6tables -t mangle -L -n
ip6tables-save -t mangle
ip6tables -t mangle -D PREROUTING -j HMARK --hmark-src-prefix 64 --hmark-dst-prefix 16 --hmark-rnd 0x10 --hmark-mod 3
iptables -j HMARK -h
