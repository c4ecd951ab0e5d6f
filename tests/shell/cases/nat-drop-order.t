# DROP in the nat table is refused right after the options are read:
# before the extensions' final checks, the command, a dangling "!",
# -W, addresses, the chain's name and the options the command allows
iptables -t nat -A INPUT -j DROP -m conntrack
iptables -t nat -j DROP
iptables -t nat -A INPUT -j DROP !
iptables -t nat -A INPUT -j DROP --wait-interval 1
iptables -t nat -P INPUT DROP -s 1.1.1.1
iptables -t nat -A INPUT -j DROP -s 1.1.1.1 -n
iptables -t nat -A INPUT -j DROP ! -s 1.1.1.1,2.2.2.2
iptables -t nat -A LONGLONGLONGLONGLONGLONGLONGLONGLONG -j DROP
iptables -t nat -A INPUT -s 1.2.3.4/99 -j DROP
iptables -t nat -A INPUT -s 300.1.1.1 -j DROP
iptables -t nat -D INPUT 1 -j DROP
iptables -t nat -L -j DROP
iptables -t nat -A INPUT -j DROP -o eth0
ip6tables -t nat -A INPUT -o eth0 -j DROP
iptables -t nat -A INPUT -j DROP extra
iptables -t nat -A INPUT -j DROP -j DROP
iptables-save
