# iptables-restore: a full ruleset, then save it back
iptables -A INPUT -s 9.9.9.9 -j DROP
iptables -N OLDCHAIN
iptables-restore <<EOF
# a comment
*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:USER - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp --dport 22 -j USER
-A INPUT -s 10.0.0.0/8,192.168.0.0/16 -j ACCEPT
-A USER -s 1.2.3.4 -j ACCEPT
-A USER -j RETURN
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
EOF
iptables-save
iptables -L -n -v
iptables -S
ip6tables-restore <<EOF
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
-A INPUT -s 2001:db8::/32 -j DROP
COMMIT
EOF
ip6tables-save
iptables-restore <<EOF
*filter
COMMIT
EOF
iptables-save
iptables-restore <<EOF
EOF
iptables-save
