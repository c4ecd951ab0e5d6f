# MARK target: --set-xmark/--set-mark/--and/or/xor-mark, exclusions, -L forms
iptables -A INPUT -j MARK
iptables -A INPUT -j MARK --set-mark 1 --set-mark 2
iptables -A INPUT -j MARK --set-mark 1 --and-mark 2
iptables -A INPUT -j MARK --and-mark 0x5 --set-xmark 1
iptables -A INPUT -j MARK --set-xmark 1 --set-mark 1
iptables -A INPUT -j MARK --or-mark 1 --xor-mark 1
iptables -A INPUT -j MARK ! --set-mark 1
iptables -A INPUT -j MARK --set-mark 1/
iptables -A INPUT -j MARK --and-mark 0xf0/3
iptables -A INPUT -j MARK --or-mark 3/3
iptables -A INPUT -j MARK --xor-mark x
iptables -A INPUT -j MARK --set-xmark 4294967296
iptables -A INPUT -j MARK --set-xmark -1
iptables -A INPUT -j MARK --set-mark 1 -j MARK --set-mark 2
iptables -A INPUT -j MARK --set-xmark 0x1/0xf
iptables -A INPUT -j MARK --set-mark 0x1/0xf
iptables -A INPUT -j MARK --set-mark 5
iptables -A INPUT -j MARK --and-mark 0xf0
iptables -A INPUT -j MARK --or-mark 0xf0
iptables -A INPUT -j MARK --xor-mark 0xf0
iptables -A INPUT -j MARK --set-mark 0x10/0x1
iptables -A INPUT -j MARK --set-mark 0
iptables -A INPUT -j MARK --set-xmark 0xffffffff/0xffffffff
iptables -A INPUT -j MARK --set-xmark 0/0
iptables -A INPUT -j MARK --set-xmark 0x3/0
iptables -A INPUT -j MARK --set-xmark 0x3/0xffffffff
iptables -A INPUT -j MARK --and-mark 0
iptables -A INPUT -p tcp -m mark --mark 1 -j MARK --set-mark 2
iptables -t mangle -A PREROUTING -j MARK --set-mark 7
iptables -t nat -A OUTPUT -j MARK --set-mark 7
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -j MARK --set-mark 5
iptables -C INPUT -j MARK --set-xmark 5/0xffffffff
iptables -C INPUT -j MARK --set-mark 6
iptables -D INPUT -j MARK --or-mark 0xf0
iptables -D INPUT -j MARK --set-xmark 0xf0/0
iptables -D INPUT -p tcp -m mark --mark 1 -j MARK --set-mark 2
iptables -S INPUT
ip6tables -A INPUT -j MARK --set-mark 9
ip6tables -t mangle -A OUTPUT -j MARK --xor-mark 9
ip6tables -A INPUT -j MARK
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -j MARK --set-xmark 9
ip6tables -C INPUT -j MARK --set-mark 9
