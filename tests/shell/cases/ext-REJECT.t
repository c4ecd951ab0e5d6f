# REJECT target: reject types by name, alias and leading part, per family
iptables -A INPUT -j REJECT
iptables -A INPUT -j REJECT --reject-with icmp-net-unreachable
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with icmp-host-unreachable
iptables -A INPUT -j REJECT --reject-with host-unreach
iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -j REJECT --reject-with port-unreach
iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
iptables -A INPUT -j REJECT --reject-with proto-unreach
iptables -A INPUT -j REJECT --reject-with icmp-net-prohibited
iptables -A INPUT -j REJECT --reject-with net-prohib
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with host-prohib
iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -A INPUT -j REJECT --reject-with admin-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -A INPUT -j REJECT --reject-with ICMP-NET-UNREACHABLE
iptables -A INPUT -j REJECT --reject-with icmp-net
iptables -A INPUT -j REJECT --reject-with ''
iptables -A FORWARD -p udp --dport 53 -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with foo
iptables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
iptables -A INPUT -j REJECT ! --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with tcp-reset --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with echo-reply
iptables -A INPUT -j REJECT --reject-with e
iptables -A INPUT -j REJECT --reject-with
iptables -t nat -A INPUT -j REJECT
iptables -t mangle -A INPUT -j REJECT
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -C INPUT -j REJECT
iptables -C INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -D INPUT -j REJECT --reject-with port-unreach
iptables -D INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -D INPUT -j REJECT --reject-with host-prohib
iptables -D FORWARD -p udp --dport 53 -j REJECT --reject-with icmp-host-prohibited
iptables -S
ip6tables -A INPUT -j REJECT
ip6tables -A INPUT -j REJECT --reject-with no-route
ip6tables -A INPUT -j REJECT --reject-with adm-prohibited
ip6tables -A INPUT -j REJECT --reject-with addr-unreach
ip6tables -A INPUT -j REJECT --reject-with port-unreach
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
ip6tables -A INPUT -j REJECT --reject-with policy-fail
ip6tables -A INPUT -j REJECT --reject-with reject-route
ip6tables -A INPUT -j REJECT --reject-with icmp6-not-neighbour
ip6tables -A INPUT -j REJECT --reject-with echo-reply
ip6tables -A INPUT -j REJECT --reject-with ''
ip6tables -A INPUT -j REJECT --reject-with icmp6
ip6tables -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -j REJECT --reject-with icmp6-no-route
ip6tables -C INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -D INPUT -j REJECT
ip6tables -S
