# u32 match: locations, operators, value ranges, limits, errors with positions, listing, -C/-D
iptables -A INPUT -m u32 --u32 "0x0=0x0&&0x0=0x1"
iptables -A INPUT -m u32 ! --u32 "0&0xFFFF=0x100:0xFFFF"
iptables -A INPUT -m u32 --u32 "6 & 0xFF = 1 && 4 & 0x3FFF = 0 && 0 >> 22 & 0x3C @ 0 >> 16 = 0x10:0x20,0x30"
iptables -A INPUT -m u32 --u32 "0<<2=1"
iptables -A INPUT -m u32 --u32 "0<2=1"
iptables -A INPUT -m u32 --u32 "0>2=1"
iptables -A INPUT -m u32 --u32 "0=1&2"
iptables -A INPUT -m u32 --u32 "=1"
iptables -A INPUT -m u32 --u32 "0="
iptables -A INPUT -m u32 --u32 "0"
iptables -A INPUT -m u32 --u32 ""
iptables -A INPUT -m u32 --u32 "0=1,"
iptables -A INPUT -m u32 --u32 "0=1 2"
iptables -A INPUT -m u32 --u32 "0 1=2"
iptables -A INPUT -m u32 --u32 "0=x"
iptables -A INPUT -m u32 --u32 "0=99999999999"
iptables -A INPUT -m u32 --u32 "0=&&1=2"
iptables -A INPUT -m u32 --u32 "0=1&&"
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9&10=1"
iptables -A INPUT -m u32 --u32 "0&1&2&3&4&5&6&7&8&9=1"
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10"
iptables -A INPUT -m u32 --u32 "0=1,2,3,4,5,6,7,8,9,10,11"
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
iptables -A INPUT -m u32 --u32 "0=1" --u32 "0=2"
iptables -A INPUT -m u32
iptables -A INPUT -m u32 --u32 "-1=-1"
iptables -A INPUT -m u32 --u32 "0=5:3"
iptables -A INPUT -m u32 --u32 "0=5 : 6"
iptables -A INPUT -m u32 --u32 "0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1&&0=1"
iptables -A INPUT -m u32 --u32 "1@@2=3"
iptables -A INPUT -m u32 -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m u32 --u32 "0=5:6"
iptables -C INPUT -m u32 --u32 "0=5:7"
iptables -D INPUT -m u32 ! --u32 "0&0xFFFF=0x100:0xFFFF"
iptables -D INPUT -m u32 ! --u32 "0&0xFFFF=0x100:0xFFFF"
iptables -S INPUT
ip6tables -A INPUT -m u32 --u32 "0>>24&0xF=6&&4=0x10:0x20" -j DROP
ip6tables -A INPUT -m u32 ! --u32 "40@0=1"
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m u32 --u32 "0>>24&0xF=6&&4=0x10:0x20" -j DROP
ip6tables -S
