# TOS target (compat revision 1): value/mask, symbols, and/or/xor; -L forms
iptables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Delay
iptables -t mangle -A OUTPUT -j TOS --set-tos normal-service
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x02/0x3f
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x0/0x3f
iptables -t mangle -A OUTPUT -j TOS --set-tos 256
iptables -t mangle -A OUTPUT -j TOS --set-tos 1/256
iptables -t mangle -A OUTPUT -j TOS --set-tos 1/
iptables -t mangle -A OUTPUT -j TOS --set-tos 1x
iptables -t mangle -A OUTPUT -j TOS --set-tos /4
iptables -t mangle -A OUTPUT -j TOS --set-tos foo
iptables -t mangle -A OUTPUT -j TOS --set-tos " 7"
iptables -t mangle -A OUTPUT -j TOS --and-tos 0x0f
iptables -t mangle -A OUTPUT -j TOS --or-tos 0x0f
iptables -t mangle -A OUTPUT -j TOS --xor-tos 0x0f
iptables -t mangle -A OUTPUT -j TOS --and-tos 0xff
iptables -t mangle -A OUTPUT -j TOS --or-tos 0
iptables -t mangle -A OUTPUT -j TOS --xor-tos 256
iptables -t mangle -A OUTPUT -j TOS --set-tos 1 --and-tos 2
iptables -t mangle -A OUTPUT -j TOS
iptables -t filter -A OUTPUT -j TOS --set-tos 1
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
ip6tables -t mangle -A OUTPUT -j TOS --set-tos Minimize-Cost
ip6tables -t mangle -L
ip6tables -t mangle -S
iptables -t mangle -A OUTPUT -j TOS --set-tos -1
iptables -t mangle -A OUTPUT -j TOS --set-tos 1/-1
iptables -t mangle -A OUTPUT -j TOS --set-tos 0x1f/0x1f
iptables -t mangle -A OUTPUT -j TOS --set-tos 1 --set-tos 2
iptables -t mangle -A OUTPUT -j TOS ! --set-tos 2
iptables -t mangle -A OUTPUT -j TOS --and-tos 1 --or-tos 2
iptables -t mangle -A OUTPUT -j TOS --set-tos MINIMIZE-COST
iptables-save -t mangle
iptables -t mangle -L OUTPUT -n -v
iptables -t mangle -C OUTPUT -j TOS --set-tos Minimize-Delay
iptables -t mangle -C OUTPUT -j TOS --set-tos 0x10/0x3f
iptables -t mangle -C OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -D OUTPUT -j TOS --or-tos 0x0f
iptables -t mangle -D OUTPUT -j TOS --set-tos 0x0f/0
iptables -t mangle -D OUTPUT -j TOS --set-tos 0x0f/0x0f
iptables -t mangle -S OUTPUT
ip6tables -t mangle -A PREROUTING -j TOS --xor-tos 0x30
ip6tables -t mangle -A POSTROUTING -j TOS --set-tos 0xfc/0xfc
ip6tables -t mangle -L -n
ip6tables-save -t mangle
ip6tables -t mangle -D OUTPUT -j TOS --set-tos Minimize-Cost
iptables -j TOS -h
