# physdev match: bridge ports with wildcards, is-in/is-out/is-bridged, hooks, errors, listing, -C/-D
iptables -A FORWARD -m physdev --physdev-in eth0
iptables -A FORWARD -m physdev ! --physdev-in eth0
iptables -A FORWARD -m physdev --physdev-out eth+
iptables -A FORWARD -m physdev ! --physdev-out eth+
iptables -A FORWARD -m physdev --physdev-is-in
iptables -A FORWARD -m physdev ! --physdev-is-in
iptables -A FORWARD -m physdev --physdev-is-out
iptables -A FORWARD -m physdev ! --physdev-is-out
iptables -A FORWARD -m physdev --physdev-is-bridged
iptables -A FORWARD -m physdev ! --physdev-is-bridged
iptables -A FORWARD -m physdev --physdev-in eth0 --physdev-out eth1 --physdev-is-in --physdev-is-out --physdev-is-bridged
iptables -A FORWARD -m physdev ! --physdev-in eth0 ! --physdev-out eth1 ! --physdev-is-in ! --physdev-is-out ! --physdev-is-bridged
iptables -A FORWARD -m physdev
iptables -A FORWARD -m physdev --physdev-in 0123456789abcdef
iptables -A FORWARD -m physdev --physdev-in 0123456789abcde
iptables -A FORWARD -m physdev --physdev-in ""
iptables -A FORWARD -m physdev --physdev-in +
iptables -A FORWARD -m physdev --physdev-in a/b
iptables -A FORWARD -m physdev --physdev-in eth0 --physdev-in eth1
iptables -A INPUT -m physdev --physdev-out eth0
iptables -A OUTPUT -m physdev --physdev-in eth0
iptables -A OUTPUT -m physdev --physdev-out eth0
iptables -t mangle -A POSTROUTING -m physdev --physdev-out lo --physdev-is-bridged
iptables -A FORWARD -m physdev -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C FORWARD -m physdev --physdev-out eth+
iptables -C FORWARD -m physdev --physdev-out eth
iptables -D FORWARD -m physdev ! --physdev-is-in ! --physdev-in eth0 ! --physdev-is-out ! --physdev-out eth1 ! --physdev-is-bridged
iptables -D FORWARD -m physdev --physdev-in +
iptables -S FORWARD
ip6tables -A FORWARD -m physdev --physdev-in br-+ ! --physdev-is-out -j DROP
ip6tables -A INPUT -m physdev --physdev-is-in
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D FORWARD -m physdev --physdev-in br-+ ! --physdev-is-out -j DROP
ip6tables -S
