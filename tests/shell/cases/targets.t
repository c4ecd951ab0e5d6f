# -j and -g: verdicts and user chains
iptables -N USER
iptables -N OTHER
iptables -A INPUT -j ACCEPT
iptables -A INPUT -j DROP
iptables -A INPUT -j RETURN
iptables -A INPUT -j USER
iptables -A INPUT -g USER
iptables -A INPUT -s 1.1.1.1 -g OTHER
iptables -A USER -j OTHER
iptables -A OTHER -j RETURN
iptables -A INPUT --jump USER
iptables -A INPUT --goto OTHER
iptables -A INPUT -p tcp --dport 80 -m comment --comment hi -g OTHER
iptables -A INPUT -m mark --mark 1 -g USER
iptables -S
iptables -L
iptables -L -n -v
iptables -L INPUT -n -vv
iptables-save
iptables -A INPUT -j NOPE
iptables -A INPUT -g NOPE
iptables -A INPUT -j accept
iptables -A INPUT -g INPUT
iptables -A INPUT -g ACCEPT
iptables -A INPUT -j INPUT
iptables -A USER -j USER
iptables -A OTHER -j USER
iptables -A INPUT -j
iptables -A INPUT -j ''
iptables -A INPUT -j USER -g OTHER
iptables -A INPUT -g USER -j OTHER
iptables -A INPUT -j ACCEPT --foo
iptables -X OTHER
iptables -D INPUT -g USER
iptables -D INPUT -j USER
iptables -C INPUT -j USER
iptables -C INPUT -g USER
iptables -L USER -n
iptables -S
