# CONNMARK target: set/and/or/xor, save/restore with masks and shifts
iptables -t mangle -A PREROUTING -j CONNMARK
iptables -t mangle -A PREROUTING -j CONNMARK --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --left-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --and-mark 2 --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --set-xmark 1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 1 --nfmask 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --ctmask 2 --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf/1
iptables -t mangle -A PREROUTING -j CONNMARK ! --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 33
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1/
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1/0xf
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 1/0xf
iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0xf
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff --ctmask 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xf0
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0xff
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --mask 1
iptables -t mangle -A PREROUTING -j CONNMARK --mask 1 --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --nfmask 1
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0/0
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/5
iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 5/0xffffffff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --nfmask 0x1 --ctmask 0x1
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xffffffff
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 3
iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --right-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --left-shift-mark 1 --right-shift-mark 2
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --right-shift-mark 32
iptables -A INPUT -j CONNMARK --set-mark 3
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n -v
iptables-save -t mangle
iptables -t mangle -C PREROUTING -j CONNMARK --set-mark 1/0xf
iptables -t mangle -C PREROUTING -j CONNMARK --set-xmark 1/0xf
iptables -t mangle -C PREROUTING -j CONNMARK --save-mark --nfmask 0xffffffff --ctmask 0xffffffff
iptables -t mangle -D PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -D PREROUTING -j CONNMARK --save-mark --left-shift-mark 3
iptables -t mangle -D PREROUTING -j CONNMARK --or-mark 0xf
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A OUTPUT -j CONNMARK --set-mark 7
ip6tables -t mangle -A OUTPUT -j CONNMARK
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables-save -t mangle
ip6tables -t mangle -D OUTPUT -j CONNMARK --set-xmark 7/0xffffffff
ip6tables -t mangle -S
