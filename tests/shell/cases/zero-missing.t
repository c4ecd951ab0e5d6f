# -Z of a builtin chain the kernel has not got (iptables-nft makes them
# only when needed): with no table, and in a table that has other chains
iptables -Z OUTPUT
iptables -Z OUTPUT 1
iptables -Z
iptables -A INPUT -j ACCEPT
iptables -Z OUTPUT
iptables -Z OUTPUT 1
iptables -Z INPUT 2
iptables -Z INPUT 1
iptables -t nat -A PREROUTING -j ACCEPT
iptables -t nat -Z POSTROUTING
iptables -t nat -L -Z POSTROUTING -n
iptables -t nat -S
iptables -t nat -Z -L OUTPUT -n
iptables -t nat -Z
iptables -S
