# socket match (revision 3): flags, hooks, errors, listing, -C/-D
iptables -t mangle -A PREROUTING -m socket
iptables -t mangle -A PREROUTING -m socket --transparent
iptables -t mangle -A PREROUTING -m socket --nowildcard
iptables -t mangle -A PREROUTING -m socket --restore-skmark
iptables -t mangle -A PREROUTING -m socket --transparent --nowildcard --restore-skmark
iptables -t mangle -A PREROUTING -m socket ! --transparent
iptables -t mangle -A PREROUTING -m socket --transparent --transparent
iptables -A INPUT -m socket
iptables -t mangle -A POSTROUTING -m socket
iptables -t mangle -A PREROUTING -m socket --restore-skmark --transparent -j ACCEPT
iptables -t mangle -A PREROUTING -m socket -h
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
iptables -S
iptables-save
iptables -t mangle -C PREROUTING -m socket --transparent --restore-skmark -j ACCEPT
iptables -t mangle -C PREROUTING -m socket --transparent -j ACCEPT
iptables -t mangle -D PREROUTING -m socket --nowildcard
iptables -t mangle -D PREROUTING -m socket --nowildcard
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -m socket --transparent --nowildcard -j DROP
ip6tables -A INPUT -m socket --restore-skmark
ip6tables -t mangle -S
ip6tables -L
ip6tables-save
ip6tables -t mangle -D PREROUTING -m socket --transparent --nowildcard -j DROP
ip6tables -t mangle -S
