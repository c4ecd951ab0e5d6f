# SNAT target: IPv4 compat struct (rev 0), IPv6 nf_nat_range (rev 1)
iptables -t nat -A POSTROUTING -j SNAT
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1:1025-65535
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --to-source 2.2.2.2
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1-1.1.1.10:1025-65536
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source [1.2.3.4]:100
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source bad
iptables -t nat -A POSTROUTING ! -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1-1.1.1.10
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random-fully
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --persistent
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random --persistent
iptables -t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1 --random --random-fully --persistent
iptables -t nat -A POSTROUTING -j SNAT --persistent --to-source 1.1.1.1 --random
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:1025-65535
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1-1.1.1.10:1025-65535
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:100-200/300
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 1.:100
iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source :100
iptables -t nat -A INPUT -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
iptables -t nat -A OUTPUT -j SNAT --to-source 1.2.3.4
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n -v
iptables-save -t nat
iptables -t nat -C POSTROUTING -j SNAT --to-source 1.1.1.1 --random-fully
iptables -t nat -C POSTROUTING -j SNAT --to-source 1.1.1.1 --random
iptables -t nat -D POSTROUTING -j SNAT --to-source 1.1.1.1 --persistent --random
iptables -t nat -D POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:1025-65535
iptables -t nat -D POSTROUTING -j SNAT --to-source 1.1.1.2
iptables -t nat -S POSTROUTING
ip6tables -t nat -A POSTROUTING -j SNAT --to-source dead::beef
ip6tables -t nat -A POSTROUTING -p tcp -j SNAT --to-source [dead::beef]:80-90 --persistent
ip6tables -t nat -A POSTROUTING -p tcp -j SNAT --to-source [dead::beef-dead::bef0]:80-90/100
ip6tables -t nat -A POSTROUTING -p tcp -j SNAT --to-source dead::beef:80 --random-fully --random
ip6tables -t nat -A POSTROUTING -p tcp -j SNAT --to-source [dead::beef
ip6tables -t nat -A POSTROUTING -j SNAT
ip6tables -t nat -S
ip6tables -t nat -L
ip6tables -t nat -L -n
ip6tables-save -t nat
ip6tables -t nat -D POSTROUTING -p tcp -j SNAT --to-source [dead::beef]:80-90 --persistent
ip6tables -t nat -C POSTROUTING -j SNAT --to-source dead::beef
ip6tables -t nat -S
