# -I with several addresses: iptables inserts each rule at the same place,
# so they end up in reverse order wherever they go (head of an empty or a
# builtin chain, before a rule, appended at n + 1); -v names them in order
iptables -N U1
iptables -I U1 -d 10.1.1.1,10.2.2.2,10.3.3.3 -v
iptables -N U2
iptables -I U2 1 -s 1.1.1.1,2.2.2.2 -d 10.1.1.1,10.2.2.2 -j RETURN
iptables -A U2 -j ACCEPT
iptables -I U2 6 -d 10.7.7.7,10.8.8.8 -v
iptables -I U2 2 -d 10.5.5.5,10.6.6.6 -v
iptables -I INPUT -d 10.3.3.3,10.4.4.4 -v
iptables -I INPUT 3 -d 10.5.5.5,10.6.6.6
iptables -I INPUT 2 -s 10.9.9.9,10.8.8.8 -j ACCEPT
iptables -I OUTPUT 1 -d 10.1.1.1,10.2.2.2
iptables -I OUTPUT 4 -d 10.1.1.1,10.2.2.2
ip6tables -I INPUT -s ::1,::2
ip6tables -I INPUT 3 -s ::3,::4
iptables -S
ip6tables -S
