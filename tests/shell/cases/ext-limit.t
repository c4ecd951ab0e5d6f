# limit match: rates and units, burst, native limit expression
iptables -A INPUT -m limit --limit 5/x
iptables -A INPUT -m limit --limit 0/sec
iptables -A INPUT -m limit --limit 10001/sec
iptables -A INPUT -m limit --limit 3/hour --limit-burst 10001
iptables -A INPUT -m limit --limit 3/hour --limit-burst -1
iptables -A INPUT -m limit --limit abc
iptables -A INPUT -m limit --limit 1/sec --limit 2/sec
iptables -A INPUT -m limit ! --limit-burst 3
iptables -A INPUT -m limit ! --limit 3/sec
iptables -A INPUT -m limit --limit 7/minutes
iptables -A INPUT -m limit --limit 0x10/sec
iptables -A INPUT -m limit --limit /sec
iptables -A INPUT -m limit --limit 3/
iptables -A INPUT -m limit
iptables -A INPUT -m limit --limit 1/sec -j ACCEPT
iptables -A INPUT -m limit --limit 1/second
iptables -A INPUT -m limit --limit 5/s
iptables -A INPUT -m limit --limit 5/m
iptables -A INPUT -m limit --limit 5/minute
iptables -A INPUT -m limit --limit 5/h
iptables -A INPUT -m limit --limit 5/d
iptables -A INPUT -m limit --limit 5
iptables -A INPUT -m limit --limit 10000/sec
iptables -A INPUT -m limit --limit 3/hour --limit-burst 10000
iptables -A INPUT -m limit --limit-burst 7
iptables -A INPUT -m limit --limit 1000/day
iptables -A INPUT -m limit --limit 3/Sec
iptables -A INPUT -m limit --limit 7/sec
iptables -A INPUT -m limit --limit 13/min
iptables -A INPUT -m limit --limit 100/hour
iptables -A INPUT -m limit --limit 1/day
iptables -A INPUT -m limit --limit 1/min --limit-burst 1
iptables -A INPUT -p tcp --syn -m limit --limit 25/minute --limit-burst 100 -j ACCEPT
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m limit --limit 1/sec -j ACCEPT
iptables -C INPUT -m limit --limit 1/s -j ACCEPT
iptables -C INPUT -m limit --limit 2/sec -j ACCEPT
iptables -D INPUT -m limit --limit 5/d
iptables -D INPUT -m limit --limit 7/sec
iptables -D INPUT -p tcp --syn -m limit --limit 25/minute --limit-burst 100 -j ACCEPT
iptables -D INPUT -m limit --limit 3/hour --limit-burst 7
iptables -S INPUT
ip6tables -A INPUT -m limit --limit 10/min -j LOG
ip6tables -A INPUT -m limit --limit 10/min --limit-burst 20
ip6tables -A INPUT -m limit --limit 10/x
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m limit --limit 10/min --limit-burst 20
ip6tables -S
