# multiport match: port lists and ranges, !, protocol checks, limits
iptables -A INPUT -m multiport
iptables -A INPUT -p tcp -m multiport
iptables -A INPUT -m multiport --ports 80
iptables -A INPUT -p icmp -m multiport --ports 2
iptables -A INPUT ! -p tcp -m multiport --ports 2
iptables -A INPUT -m multiport --dports 80 -p tcp
iptables -A INPUT -p udp -m multiport ! --dports 53,http,1000:2000
iptables -A INPUT -p tcp -m multiport --ports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
iptables -A INPUT -p tcp -m multiport --ports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:16
iptables -A INPUT -p tcp -m multiport --sports 1024:65536
iptables -A INPUT -p tcp -m multiport --sports 10:5
iptables -A INPUT -p tcp -m multiport --dports 1:1
iptables -A INPUT -p tcp -m multiport --sports foo
iptables -A INPUT -p tcp -m multiport --sports 1,
iptables -A INPUT -p tcp -m multiport --sports ,1
iptables -A INPUT -p tcp -m multiport --dports :80
iptables -A INPUT -p tcp -m multiport --dports 80:
iptables -A INPUT -p tcp -m multiport --dports 1:2:3
iptables -A INPUT -p tcp -m multiport --dports ''
iptables -A INPUT -p tcp -m multiport --sports 1 --dports 2
iptables -A INPUT -p tcp -m multiport --sports 1 --ports 2
iptables -A INPUT -p tcp -m multiport --dports 1 --ports 2
iptables -A INPUT -p tcp -m multiport --sports 1 --sports 2
iptables -A INPUT -p tcp -m multiport --sports 1 --source-ports 2
iptables -A INPUT -p tcp -m multiport --source-ports 1 --destination-ports 2
iptables -A INPUT -p tcp --multiport
iptables -A INPUT -p tcp -m multiport --ports 80 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --sports 53,1024:65535
iptables -A INPUT -p udp -m multiport --dports 53,1000:2000
iptables -A INPUT -p udp -m multiport ! --dports 53,1000:2000
iptables -A INPUT -p tcp -m multiport --ports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
iptables -A INPUT -p tcp -m multiport --ports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14:15
iptables -A INPUT -p tcp -m multiport --source-ports 1
iptables -A INPUT -p tcp -m multiport --destination-ports 2
iptables -A INPUT -p sctp -m multiport --ports 2
iptables -A INPUT -p dccp -m multiport --ports 2
iptables -A INPUT -p udplite -m multiport --ports 2
iptables -A INPUT -p tcp -m multiport --dports ssh:http
iptables -A INPUT -p tcp -m multiport --dports ssh,ftp-data
iptables -A INPUT -p udp -m multiport --dports domain
iptables -A INPUT -p tcp -m multiport --dports 0x50
iptables -A INPUT -p tcp -m multiport ! --ports 5
iptables -A INPUT -p tcp -m tcp --dport 22 -m multiport --sports 1000:2000
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -p tcp -m multiport --ports 80 -j ACCEPT
iptables -C INPUT -p tcp -m multiport --ports http -j ACCEPT
iptables -C INPUT -p tcp -m multiport --ports 81 -j ACCEPT
iptables -D INPUT -p udp -m multiport ! --dports domain,1000:2000
iptables -D INPUT -p tcp -m multiport --dports 22:80
iptables -D INPUT -p tcp -m multiport --dports 80,22
iptables -S INPUT
ip6tables -A INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -p udp -m multiport ! --sports 53,1000:2000
ip6tables -A INPUT -m multiport --ports 80
ip6tables -A INPUT -p ipv6-icmp -m multiport --ports 80
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -C INPUT -p udp -m multiport ! --sports 53,1000:2000
ip6tables -S
