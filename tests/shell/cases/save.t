# iptables-save / ip6tables-save options
iptables-save
ip6tables-save
iptables -N USER
iptables -A INPUT -s 1.1.1.1 -j USER -c 10 20
iptables -A USER -j DROP
iptables -P FORWARD DROP
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s ::1 -j ACCEPT
iptables-save
iptables-save -c
iptables-save --counters
iptables-save -t filter
iptables-save -t nat
iptables-save -t raw
iptables-save -t foo
iptables-save --table=nat
iptables-save -tnat
iptables-save -t
iptables-save -x
iptables-save extra
iptables-save -M /bin/false
iptables-save -h
iptables-save -V
ip6tables-save
ip6tables-save -c
ip6tables-save -t nat
iptables-save -f /dev/stdout
