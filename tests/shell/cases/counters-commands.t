# -c with -I/-R/-A, and how counters survive edits
iptables -A INPUT -s 1.1.1.1 -c 100 1000
iptables -I INPUT -s 2.2.2.2 -c 200 2000
iptables -I INPUT 2 -s 3.3.3.3 -c 300 3000
iptables -R INPUT 1 -s 4.4.4.4 -c 400 4000
iptables -R INPUT 2 -s 5.5.5.5
iptables -S INPUT -v
iptables -L INPUT -v -n -x --line-numbers
iptables -C INPUT -s 1.1.1.1 -c 1 1
iptables -D INPUT -s 1.1.1.1 -c 9 9
iptables -A INPUT -s 6.6.6.6,7.7.7.7 -c 5 50
iptables -S INPUT -v
iptables -Z INPUT 1
iptables -S INPUT -v
iptables -Z INPUT
iptables -S INPUT -v
iptables -A OUTPUT -c 1000000000000 1000000000000000
iptables -L OUTPUT -v
iptables -A OUTPUT -c 0x10 0x20
iptables -A OUTPUT -c 010 1e3
iptables -A OUTPUT -c ' 5' 6
iptables -A OUTPUT -c 5 '6 '
iptables -S OUTPUT -v
