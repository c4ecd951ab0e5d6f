# -E old new
iptables -N OLD
iptables -N OTHER
iptables -A INPUT -j OLD
iptables -A OLD -s 1.1.1.1 -j OTHER
iptables -E OLD NEW
iptables -S
iptables -L -n
iptables -E NEW OTHER
iptables -E NOPE X
iptables -E INPUT X
iptables -E NEW INPUT
iptables -E NEW
iptables -E
iptables --rename-chain NEW NEWER
iptables -E NEWER NEWER
iptables -E NEWER -x
iptables -E NEWER 'a b'
iptables -E 'a b' NEWER
iptables -E NEWER aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -E aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa NEWER
iptables -N ZZ
iptables -E ZZ ACCEPT
iptables -A INPUT -j ACCEPT
iptables -L -n
iptables-save
