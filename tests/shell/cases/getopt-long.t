# long options: full names, unambiguous prefixes, --opt=value
# (--opt=value of rule options: getopt-glued.t)
iptables --append INPUT --protocol tcp --destination-port 22 --jump ACCEPT
iptables --app INPUT --proto udp --dport 53 --jump ACCEPT
iptables --ap INPUT --source 1.1.1.1 --destination 2.2.2.2 --in-interface eth0 --j RETURN
iptables -A INPUT -p tcp --dpo 25 --sp 1024: -j DROP
iptables -A INPUT -p tcp --source-port 1000 --destination-p 2000
iptables -A INPUT -p tcp --destination 3.3.3.3
iptables -A INPUT --src 4.4.4.4 --dst 5.5.5.5
iptables -A INPUT -p tcp --d 6.6.6.6
iptables -A INPUT -p tcp --s 6.6.6.6
iptables -A INPUT -p tcp --de 6.6.6.6
iptables -A INPUT -p tcp --sport=22 --dport=23
iptables -A INPUT --protocol icmp --icmp-type=echo-request
iptables --list-rules INPUT
iptables --list-r INPUT
iptables --list INPUT --num
iptables --li INPUT
iptables --lis INPUT
iptables --line-numbers --list INPUT --numeric
iptables --in INPUT -j DROP
iptables --ins INPUT -j DROP
iptables --del INPUT 1
iptables --delete-c NOPE
iptables --new=X
iptables --flu X
iptables --nonexistent
iptables --dport 22 -A INPUT
iptables -A INPUT --jump
iptables --S
iptables-save
