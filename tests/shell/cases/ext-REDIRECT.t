# REDIRECT target: ports, --random, no shifted ranges
iptables -t nat -A PREROUTING -j REDIRECT --to-ports 80
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1024-2000/3000
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80:90
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80x
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90x
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 90-80
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-http
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random-fully
iptables -t nat -A PREROUTING -p tcp -j REDIRECT ! --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0x50
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports http
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080-8090 --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --random
iptables -t nat -A PREROUTING -p tcp -j REDIRECT
iptables -t nat -A OUTPUT -p udp --dport 53 -j REDIRECT --to-ports 5353
iptables -t nat -A POSTROUTING -p udp -j REDIRECT --to-ports 5353
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n -v
iptables-save -t nat
iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 80
iptables -t nat -C PREROUTING -p tcp -j REDIRECT --to-ports 81
iptables -t nat -D PREROUTING -p tcp -j REDIRECT --random
iptables -t nat -D PREROUTING -p tcp -j REDIRECT --to-ports 8080-8090 --random
iptables -t nat -S PREROUTING
ip6tables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90/100
ip6tables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90 --random
ip6tables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80
ip6tables -t nat -A PREROUTING -j REDIRECT
ip6tables -t nat -A PREROUTING -j REDIRECT --to-ports 80
ip6tables -t nat -S
ip6tables -t nat -L
ip6tables -t nat -L -n
ip6tables-save -t nat
ip6tables -t nat -D PREROUTING -p tcp -j REDIRECT --to-ports 80
ip6tables -t nat -C PREROUTING -j REDIRECT
ip6tables -t nat -S
