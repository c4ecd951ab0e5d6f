# usage and version
iptables -h
iptables --help
iptables -V
iptables --version
iptables -V -L
iptables -L -V
iptables -hL
ip6tables -h
ip6tables --version
iptables --ver
iptables -h -p tcp
iptables -p tcp -h
iptables --help -p icmp
