# tcp --sport/--dport: single, named, ranges, open ranges, inverted
iptables -A INPUT -p tcp --dport 22
iptables -A INPUT -p tcp --dport ssh
iptables -A INPUT -p tcp --sport 1024:65535
iptables -A INPUT -p tcp --dport :1024
iptables -A INPUT -p tcp --dport 1024:
iptables -A INPUT -p tcp --dport 0:65535
iptables -A INPUT -p tcp --dport 0
iptables -A INPUT -p tcp --dport 80:80
iptables -A INPUT -p tcp --dport 8080:80
iptables -A INPUT -p tcp --sport http:https
iptables -A INPUT -p tcp ! --dport 22:23
iptables -A INPUT -p tcp --source-port 7 --destination-port 9
iptables -A INPUT -p tcp -m tcp --dport 25
iptables -A INPUT -m tcp -p tcp --dport 26
iptables -A INPUT -p tcp --sport 1 --dport 65535
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n
iptables -L INPUT -v -n --line-numbers
iptables -C INPUT -p tcp --dport 1024:65535
iptables -D INPUT -p tcp --dport 8080:80
iptables -D INPUT -p tcp --dport 80:8080
# errors
iptables -A INPUT -p tcp --dport 65536
iptables -A INPUT -p tcp --dport -1
iptables -A INPUT -p tcp --dport nosuchservice
iptables -A INPUT -p tcp --dport 1:2:3
iptables -A INPUT -p tcp --dport ''
iptables -A INPUT -p tcp --dport 22 --dport 23
iptables -A INPUT -p tcp --dport
iptables -A INPUT --dport 22
iptables -A INPUT -p all --dport 22
iptables -A INPUT -p udp --tcp-flags ALL NONE
iptables -A INPUT -m tcp --dport 22
iptables-save
