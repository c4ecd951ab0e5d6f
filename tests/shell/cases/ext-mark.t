# mark match: value/mask, !, native meta mark bytecode, errors
iptables -A INPUT -m mark
iptables -A INPUT -m mark --mark
iptables -A INPUT -m mark --mark 1 --mark 2
iptables -A INPUT -m mark --mark 4294967296
iptables -A INPUT -m mark --mark -1
iptables -A INPUT -m mark --mark 1/
iptables -A INPUT -m mark --mark 1/x
iptables -A INPUT -m mark --mark 1x
iptables -A INPUT -m mark --mark /1
iptables -A INPUT -m mark --mark ""
iptables -A INPUT -m mark --mark 0x10/0x10 -j ACCEPT
iptables -A INPUT -m mark ! --mark 0x10/0xf0
iptables -A INPUT -m mark --mark 0
iptables -A INPUT -m mark --mark 0/0
iptables -A INPUT -m mark ! --mark 0/0
iptables -A INPUT -m mark --mark 010
iptables -A INPUT -m mark --mark 5/0xffffffff
iptables -A INPUT -m mark --mark 0xffffffff/0
iptables -A INPUT -m mark --mark 4294967295
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m mark --mark 0x10/0x10 -j ACCEPT
iptables -C INPUT -m mark --mark 0x10/0x10
iptables -C INPUT -m mark --mark 5
iptables -D INPUT -m mark ! --mark 16/240
iptables -D INPUT -m mark --mark 0/0
iptables -S INPUT
ip6tables -A INPUT -m mark --mark 0xff/0xff00 -j ACCEPT
ip6tables -A INPUT -m mark ! --mark 3
ip6tables -A INPUT -m mark
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m mark ! --mark 3
ip6tables -D INPUT -m mark --mark 0xff/0xff00 -j ACCEPT
ip6tables -S
