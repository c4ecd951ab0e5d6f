# -I n, -R n and -D n find rule n by position, reading the chain's rules
# only up to it: rules iptables cannot show (made by nft) count too
iptables -N X
iptables -A X -s 10.0.0.1 -j RETURN
!nft add rule ip filter X meta mark 0x7 counter accept
iptables -A X -s 10.0.0.3 -j RETURN
iptables -I X 2 -s 10.0.0.2 -j RETURN
iptables -S X
iptables -R X 3 -s 10.0.0.33 -j RETURN
iptables -R X 4 -s 10.0.0.4 -j RETURN
iptables -R X 5 -s 10.0.0.5 -j RETURN
iptables -I X 5 -s 10.0.0.5 -j RETURN
iptables -I X 7 -s 10.0.0.7 -j RETURN
iptables -I X 1 -s 10.0.0.0 -j RETURN
iptables -I X -s 10.1.0.1,10.1.0.2 -j RETURN
iptables -I X 4 -s 10.2.0.1,10.2.0.2 -j RETURN
iptables -S X
iptables -L X -n --line-numbers
iptables -L X 2 -n -v
iptables -S X 4
iptables -L X 3 -Z -n -v
iptables -L X -n -v
iptables -D X 3
iptables -D X 9
iptables -D X 10
iptables -D X 99
iptables -R X 99 -j RETURN
iptables -I NOPE 2 -j RETURN
iptables -R NOPE 1 -j RETURN
iptables -D NOPE 1
iptables -I INPUT 2 -j ACCEPT
iptables -R INPUT 1 -j DROP
iptables -D INPUT 1
iptables -t mangle -D INPUT 1
iptables -I INPUT 1 -j ACCEPT
iptables -R INPUT 2 -j ACCEPT
iptables -R INPUT 1 -j DROP
iptables -D INPUT 1
iptables -S
iptables -N EMPTY
iptables -I EMPTY 1 -j RETURN
iptables -I EMPTY 3 -j RETURN
iptables -I EMPTY 2 -j RETURN
iptables -S EMPTY
iptables -v -D EMPTY 2
iptables -v -I EMPTY 2 -s 1.2.3.4 -j RETURN
iptables -v -R EMPTY 1 -s 1.2.3.5 -j RETURN
iptables -S EMPTY
