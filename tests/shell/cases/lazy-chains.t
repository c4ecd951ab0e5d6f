# which kernel objects each command creates (compare the nft state after each step)
iptables -L
iptables -S INPUT
iptables -N USER
iptables -X USER
iptables -F
iptables -Z
iptables -t nat -N NUSER
iptables -t mangle -P OUTPUT ACCEPT
iptables -t raw -F
iptables -A FORWARD -j ACCEPT
iptables -D FORWARD 1
iptables -I OUTPUT -j ACCEPT
iptables -C INPUT -j ACCEPT
iptables -P INPUT ACCEPT
iptables -F INPUT
iptables -Z OUTPUT
iptables -t security -A INPUT
iptables -t security -F
iptables -X
iptables-save
ip6tables -N USER6
ip6tables -P FORWARD DROP
ip6tables-save
iptables-restore <<EOF
*mangle
COMMIT
EOF
iptables-save
iptables-restore --noflush <<EOF
*raw
:PREROUTING DROP [0:0]
COMMIT
EOF
iptables-save
