# -C: exit code tells whether a rule exists
iptables -A INPUT -s 1.1.1.1 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -d 10.0.0.0/8 ! -i lo -j DROP
iptables -C INPUT -s 1.1.1.1 -p tcp --dport 22 -j ACCEPT
iptables -C INPUT -s 1.1.1.1/32 -p tcp -m tcp --dport 22 -j ACCEPT
iptables -C INPUT -s 1.1.1.1 -p tcp --dport 22
iptables -C INPUT -s 1.1.1.1 -p tcp --dport 23 -j ACCEPT
iptables -C INPUT -s 1.1.1.1 -p tcp --dport 22 -j DROP
iptables -C INPUT -d 10.0.0.0/8 ! -i lo -j DROP
iptables -C INPUT -d 10.1.2.3/8 ! -i lo -j DROP
iptables -C INPUT -d 10.0.0.0/8 -i lo -j DROP
iptables --check INPUT -d 10.0.0.0/255.0.0.0 ! -i lo -j DROP
iptables -C OUTPUT -j ACCEPT
iptables -C NOPE -j ACCEPT
iptables -C INPUT
iptables -C INPUT 1
iptables -C
iptables -C INPUT -s 1.1.1.1,2.2.2.2 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s 2.2.2.2 -p tcp --dport 22 -j ACCEPT
iptables -C INPUT -s 1.1.1.1,2.2.2.2 -p tcp --dport 22 -j ACCEPT
iptables -t nat -C POSTROUTING -j ACCEPT
iptables -S
# later tcp/udp port matches read back folded into the first one
iptables -A INPUT -p tcp -m tcp --dport 80 -m comment --comment x -m tcp --sport 90
iptables -A INPUT -p udp -m udp --dport 1 -m udp --sport 2
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p tcp -m tcp --dport 80 -m comment --comment x -m tcp --sport 90
iptables -C INPUT -p tcp -m tcp --sport 90 --dport 80 -m comment --comment x
iptables -D INPUT -p udp -m udp --dport 1 -m udp --sport 2
iptables -D INPUT -p tcp -m tcp --dport 80 -m comment --comment x -m tcp --sport 90
iptables -S INPUT
