# quota match: byte counts, !, errors, listing (no ! shown), -C/-D
iptables -A INPUT -m quota --quota 0
iptables -A INPUT -m quota --quota 1000
iptables -A INPUT -m quota ! --quota 1000
iptables -A INPUT -m quota --quota 18446744073709551615
iptables -A INPUT -m quota --quota 18446744073709551616
iptables -A INPUT -m quota --quota -1
iptables -A INPUT -m quota --quota x
iptables -A INPUT -m quota --quota 1 --quota 2
iptables -A INPUT -m quota
iptables -A INPUT -m quota --quota 0x10
iptables -A INPUT -m quota -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m quota --quota 1000
iptables -C INPUT -m quota --quota 1001
iptables -D INPUT -m quota ! --quota 1000
iptables -D INPUT -m quota ! --quota 1000
iptables -S INPUT
ip6tables -A INPUT -m quota --quota 50000 -j ACCEPT
ip6tables -A INPUT -m quota ! --quota 7
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m quota --quota 50000 -j ACCEPT
ip6tables -S
