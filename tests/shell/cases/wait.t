# -w/-W are accepted and ignored by the nft variant
iptables -w -A INPUT -s 1.1.1.1
iptables -w 5 -A INPUT -s 1.1.1.2
iptables -w10 -A INPUT -s 1.1.1.3
iptables --wait -A INPUT -s 1.1.1.4
iptables --wait=3 -A INPUT -s 1.1.1.5
iptables -W 100000 -A INPUT -s 1.1.1.6
iptables -w -W100 -A INPUT -s 1.1.1.7
iptables --wait-interval 5 -A INPUT -s 1.1.1.8
iptables -w x -A INPUT -s 1.1.1.9
iptables -w -1 -A INPUT -s 1.1.1.10
iptables -W x -A INPUT -s 1.1.1.11
iptables -A INPUT -s 1.1.1.12 -w
iptables -L -n -w
iptables -wL -n
iptables -S -w 1
ip6tables -w -A INPUT -s ::1
ip6tables -w 2 -S
