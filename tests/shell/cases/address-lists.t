# comma-separated -s/-d make one rule per combination
iptables -A INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT
iptables -A INPUT -d 3.3.3.3,4.4.4.0/24 -p tcp --dport 80 -j DROP
iptables -A INPUT -s 5.5.5.5,6.6.6.6 -d 7.7.7.7,8.8.8.8 -j RETURN
iptables -A INPUT ! -s 9.9.9.9,10.10.10.10
iptables -A INPUT -s 1.1.1.1,1.1.1.1
iptables -S INPUT
iptables -L INPUT -n --line-numbers
iptables -I INPUT 2 -s 11.11.11.11,12.12.12.12
iptables -S INPUT
iptables -C INPUT -s 5.5.5.5,6.6.6.6 -d 7.7.7.7,8.8.8.8 -j RETURN
iptables -C INPUT -s 5.5.5.5,6.6.6.6,13.13.13.13 -d 7.7.7.7 -j RETURN
iptables -D INPUT -s 5.5.5.5,6.6.6.6 -d 7.7.7.7,8.8.8.8 -j RETURN
iptables -S INPUT
iptables -D INPUT -s 1.1.1.1,2.2.2.2,13.13.13.13 -j ACCEPT
iptables -S INPUT
iptables -A INPUT -s 1.1.1.1,
iptables -A INPUT -s ,1.1.1.1
iptables -A INPUT -s 1.1.1.1,,2.2.2.2
iptables -A INPUT -s 1.1.1.1,bad
iptables -A INPUT -s 1.1.1.1/8,2.2.2.2/16
iptables -A INPUT -s localhost,127.0.0.2
iptables-save
