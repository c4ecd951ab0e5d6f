# dscp match: values and classes, exclusion, errors, listing, -C/-D
iptables -A INPUT -m dscp --dscp 0
iptables -A INPUT -m dscp --dscp 63
iptables -A INPUT -m dscp --dscp 64
iptables -A INPUT -m dscp --dscp 0x20
iptables -A INPUT -m dscp ! --dscp 10
iptables -A INPUT -m dscp --dscp-class EF
iptables -A INPUT -m dscp --dscp-class ef
iptables -A INPUT -m dscp ! --dscp-class AF41
iptables -A INPUT -m dscp --dscp-class CS7
iptables -A INPUT -m dscp --dscp-class BE
iptables -A INPUT -m dscp --dscp-class foo
iptables -A INPUT -m dscp --dscp 1 --dscp-class EF
iptables -A INPUT -m dscp --dscp-class EF --dscp 1
iptables -A INPUT -m dscp --dscp 1 --dscp 2
iptables -A INPUT -m dscp
iptables -A INPUT -m dscp --dscp x
iptables -A INPUT -m dscp --dscp -1
iptables -A INPUT -m dscp --dscp-class AF42
iptables -A INPUT -m dscp --dscp-class AF43
iptables -A INPUT -m dscp --dscp-class CS0
iptables -A INPUT -m dscp --dscp-class CS6
iptables -A INPUT -m dscp --dscp-class VA
iptables -A INPUT -m dscp --dscp-class LE
iptables -A INPUT -m dscp --dscp-class EF --dscp-class BE
iptables -A INPUT -m dscp -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m dscp ! --dscp-class AF41
iptables -C INPUT -m dscp --dscp-class AF41
iptables -D INPUT -m dscp --dscp 46
iptables -D INPUT -m dscp ! --dscp 0x22
iptables -S INPUT
ip6tables -A INPUT -m dscp --dscp-class cs6 -j ACCEPT
ip6tables -A INPUT -m dscp ! --dscp 0x3f
ip6tables -A INPUT -m dscp --dscp 0x40
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m dscp --dscp 48 -j ACCEPT
ip6tables -S
