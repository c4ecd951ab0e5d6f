# -v on commands that change the ruleset prints what they do
iptables -v -A INPUT -s 1.1.1.1 -p tcp --dport 22 -j ACCEPT
iptables -v -A INPUT -s 1.1.1.1,2.2.2.2 -d 3.3.3.3 -i eth0 -j DROP
iptables -v -I INPUT 1 ! -s 4.4.4.4 -p udp
iptables -v -A FORWARD -i eth0 -o eth1 -f
iptables -v -R INPUT 1 -s 5.5.5.5
iptables -v -D INPUT 1
iptables -v -D INPUT -s 1.1.1.1 -p tcp --dport 22 -j ACCEPT
iptables -v -C INPUT -s 2.2.2.2 -d 3.3.3.3 -i eth0 -j DROP
iptables -v -N USER
iptables -v -E USER USER2
iptables -v -P INPUT DROP
iptables -v -F INPUT
iptables -v -F
iptables -v -Z
iptables -v -Z INPUT
iptables -v -X USER2
iptables -v -X
iptables -t nat -v -F
ip6tables -v -A INPUT -s 2001:db8::1 -p icmpv6 -j ACCEPT
ip6tables -v -F
iptables -vv -A INPUT -p tcp --syn
iptables -S
# -L CHAIN -vv: the oracle dumps the rules of every chain up to that one
iptables -A INPUT -s 6.6.6.6 -j ACCEPT
iptables -A OUTPUT -d 6.6.6.6 -j DROP
iptables -N AAA
iptables -N ZZZ
iptables -A AAA -p tcp -j RETURN
iptables -A ZZZ -p udp -j RETURN
iptables -A FORWARD -j AAA
iptables -L FORWARD -n -vv
iptables -L AAA -n -vv
iptables -L ZZZ -n -vv
iptables -L OUTPUT 1 -n -vv
iptables -L -n -vv
iptables -S ZZZ -vv
iptables -S ZZZ 1 -vv
iptables -S -vv
iptables -S FORWARD -vv
