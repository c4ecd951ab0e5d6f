# option misuse and parameter problems
iptables -A INPUT -m nosuchmatch
iptables -A INPUT -m
iptables -A INPUT -m tcp
iptables -A INPUT -p tcp -m udp --dport 22
iptables -A INPUT -j ACCEPT -c
iptables -A INPUT --set-counters 1
iptables -I INPUT -c 1 2 -c 3 4
iptables -L -c 1 2
iptables -S -x
iptables -D INPUT 1 -s 1.1.1.1
iptables -R INPUT 1 -c 1 2
iptables -A INPUT -s 1.1.1.1 --line-numbers
iptables -A INPUT -v
iptables -A INPUT -n
iptables -A INPUT -x
iptables -F -v
iptables -N NEW -v
iptables -N NEW -s 1.1.1.1
iptables -E NEW OLD -v
iptables -P INPUT DROP -v
iptables -L --line-numbers --line-numbers
iptables -A INPUT -i eth0 ! -i eth1
iptables -A INPUT -o eth0 -o eth1
iptables -A INPUT --modprobe=/bin/true
iptables -A INPUT -p tcp --sport 1 --sport 2
iptables -A INPUT -p tcp ! --dport
iptables -A INPUT -p tcp --dport 22 ! ! --sport 1
iptables -A INPUT -p tcp ! --sport 1 !
iptables -L --bogus
iptables -X -F
iptables -F -X
iptables -L -S
iptables -C INPUT -A INPUT
iptables -P INPUT DROP -P OUTPUT DROP
iptables -S
