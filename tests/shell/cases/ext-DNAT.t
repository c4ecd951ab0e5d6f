# DNAT target: address ranges, ports, shifted port ranges, flags, errors
iptables -t nat -A PREROUTING -j DNAT
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1:1025-65535
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1 --to-destination 2.2.2.2
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-1.1.1.10:1025-65536
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/65536
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:echo-ssh
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:foo
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination foo
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-foo
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:20-10
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:20:30
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:20x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:20-30x
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [1.1.1.1]:80
iptables -t nat -A PREROUTING -p tcp -j DNAT ! --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -p udp -j DNAT --to-destination 1.1.1.1:80 --random-fully
iptables -t nat -A PREROUTING -p all -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4:80 -p tcp
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:0
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.10-1.1.1.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1
iptables -t nat -A PREROUTING -j DNAT --to-destination 1.1.1.1-1.1.1.10
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1025-65535
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1-1.1.1.10:1025-65535
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:1000-2000/1000
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ssh
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:10-20/ftp
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:0x50
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80 --random --persistent
iptables -t nat -A PREROUTING -p tcp -j DNAT --to 1.1.1.1:80
iptables -t nat -A PREROUTING -p sctp -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING -p icmp -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A PREROUTING ! -p tcp -j DNAT --to-destination 1.2.3.4:80
iptables -t nat -A OUTPUT -p tcp -d 10.0.0.1 --dport 80 -j DNAT --to-destination 10.244.1.5:8080
iptables -t nat -N KUBE-SEP-X
iptables -t nat -A KUBE-SEP-X -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:53
iptables -t nat -A INPUT -j DNAT --to-destination 1.2.3.4
iptables -A INPUT -j DNAT --to-destination 1.2.3.4
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n -v
iptables-save -t nat
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:22
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ssh
iptables -t nat -C PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:23
iptables -t nat -D PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80 --persistent --random
iptables -t nat -D KUBE-SEP-X -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:53
iptables -t nat -D PREROUTING -j DNAT --to-destination 1.1.1.1-1.1.1.10
iptables -t nat -S PREROUTING
ip6tables -t nat -A PREROUTING -j DNAT --to-destination dead::beef
ip6tables -t nat -A PREROUTING -j DNAT --to-destination dead::beef-dead::fee7
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [dead::beef]:1025-65535
ip6tables -t nat -A PREROUTING -j DNAT --to-destination [dead::beef] --to-destination [dead::fee7]
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef]:1025-65535
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef-dead::fee7]:1025-65535
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef-dead::fee7]:1000-2000/3000 --random
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef]:ssh
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef]:10-20/ftp
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination :80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination []:80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination dead::beef:80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [1.2.3.4]:80
ip6tables -t nat -A PREROUTING -p tcp -j DNAT --to-destination [dead::beef]:echo-ssh
ip6tables -t nat -S
ip6tables -t nat -L
ip6tables -t nat -L -n
ip6tables-save -t nat
ip6tables -t nat -D PREROUTING -p tcp -j DNAT --to-destination [dead::beef]:22
ip6tables -t nat -C PREROUTING -j DNAT --to-destination dead::beef
ip6tables -t nat -S
