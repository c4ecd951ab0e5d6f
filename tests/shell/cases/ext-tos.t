# tos match (revision 1): value/mask, symbolic names, errors, listing, -C/-D
iptables -A INPUT -m tos --tos 0x10
iptables -A INPUT -m tos --tos 16
iptables -A INPUT -m tos ! --tos 0x10/0x3f
iptables -A INPUT -m tos --tos 0xff/0xff
iptables -A INPUT -m tos --tos 0x100
iptables -A INPUT -m tos --tos 0x10/0x100
iptables -A INPUT -m tos --tos Minimize-Delay
iptables -A INPUT -m tos --tos Maximize-Throughput
iptables -A INPUT -m tos --tos Maximize-Reliability
iptables -A INPUT -m tos --tos Minimize-Cost
iptables -A INPUT -m tos --tos Normal-Service
iptables -A INPUT -m tos --tos minimize-delay
iptables -A INPUT -m tos --tos Min
iptables -A INPUT -m tos --tos foo
iptables -A INPUT -m tos --tos 0x10/
iptables -A INPUT -m tos --tos /3
iptables -A INPUT -m tos --tos 0x08/0x08
iptables -A INPUT -m tos --tos 0x04/0x3f
iptables -A INPUT -m tos --tos 0x02/0xff
iptables -A INPUT -m tos --tos 0x00/0x3f
iptables -A INPUT -m tos --tos 0x0
iptables -A INPUT -m tos --tos 0x12
iptables -A INPUT -m tos ! --tos 0x10/0x10
iptables -A INPUT -m tos --tos 1 --tos 2
iptables -A INPUT -m tos
iptables -A INPUT -m tos --tos 0x10x
iptables -A INPUT -m tos --tos -1
iptables -A INPUT -m tos --tos "  5"
iptables -A INPUT -m tos --tos +5/+3
iptables -A INPUT -m tos -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m tos --tos Minimize-Delay
iptables -C INPUT -m tos --tos 0x10/0x3f
iptables -C INPUT -m tos --tos 0x10/0x3e
iptables -D INPUT -m tos ! --tos 16/16
iptables -D INPUT -m tos --tos 0x10
iptables -S INPUT
ip6tables -A INPUT -m tos --tos Minimize-Cost
ip6tables -A INPUT -m tos ! --tos 0xb8/0xfc -j DROP
ip6tables -A INPUT -m tos --tos 300
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m tos ! --tos 0xb8/0xfc -j DROP
ip6tables -D INPUT -m tos --tos 2/0x3f
ip6tables -S
