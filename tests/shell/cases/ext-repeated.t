# a match named twice: each -m starts a new instance, and options go to the
# latest instance of their extension (iptables marks the earlier ones
# completed); abbreviations are looked up once per extension
iptables -A INPUT -m comment --comment plain -m comment --comment two
iptables -A INPUT -m mark --mark 1 -m mark ! --mark 2/3 -j DROP
iptables -A INPUT -m limit --limit 2/sec -m limit --limit 3/sec
iptables -A INPUT -m statistic --mode random --probability 0.2 -m statistic --mode nth --every 5 --packet 4
iptables -A INPUT -p tcp -m multiport --dports 80 -m multiport --sports 90
iptables -A INPUT -m mark --mark 1 -m mark
iptables -A INPUT -m conntrack --ctstate NEW -m conntrack --ctdir REPLY
iptables -A INPUT -m comment --comment a -m comment --comm b
iptables -A INPUT -m comment --comment a -m mark --mark 1 -m comment --comment b --mark 2
iptables -A INPUT -m mark --mark 1 -m connmark --mark 2
iptables -A INPUT -m connmark --mark 1 -m mark --mark 2
iptables -S
iptables -L -n
iptables-save
iptables -D INPUT -m comment --comment plain -m comment --comment two
iptables -C INPUT -m mark --mark 1 -m mark ! --mark 2/3 -j DROP
iptables -S
