# -Z -v zeroes the chains the kernel has and makes no builtin chain
# (-L -Z makes them: it zeroes what it listed); -Z of a user chain that
# does not exist fails, also in a table not made yet; -X makes no table
iptables -X
iptables -t raw -X -v
iptables -t raw -Z U2
iptables -t raw -Z U2 1
iptables -X U1
iptables -N U
iptables -Z -v
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t nat -Z -v
iptables -t nat -Z OUTPUT -v
iptables -P OUTPUT DROP
iptables -Z -v
iptables -Z NOPE -v
iptables -Z NOPE 1 -L
iptables -t nat -L -Z -v -n
iptables -Z -v
iptables-save
