# -L/-S with -Z: in a table not made yet iptables-nft lists the builtin
# chains, then fails to zero the first (exit 4); -Z CHAIN N only zeroes
# (a -L before it is dropped, one after it lists) and says nothing with -v
iptables -L -Z
iptables -t nat -L -Z -n
iptables -L -Z FORWARD
iptables -S -Z
iptables -S -Z OUTPUT
iptables -L -Z -v
iptables -t nat -S -Z -v
iptables -t mangle -L -Z INPUT -v -n
iptables -L -Z FORWARD 1
iptables -L -Z NOPE
iptables -Z -v
ip6tables -L -Z -n
ip6tables -t raw -S -Z PREROUTING
iptables -A INPUT -j ACCEPT
iptables -A INPUT -j DROP
iptables -L -Z INPUT 1
iptables -Z INPUT 1 -L
iptables -S -Z INPUT 1
iptables -L INPUT -Z INPUT 2
iptables -Z INPUT 1 -L -v -n
iptables -L -v -Z INPUT 1
iptables -Z INPUT 2 -v
iptables -Z INPUT 3
iptables -L -Z INPUT 3
iptables -L -Z FORWARD 1
iptables -Z FORWARD 1 -L
iptables -L -Z -v -n
iptables -S
