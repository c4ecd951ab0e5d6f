# statistic match: random and nth modes, checks in iptables' order
iptables -A INPUT -m statistic
iptables -A INPUT -m statistic --mode foo
iptables -A INPUT -m statistic --mode random
iptables -A INPUT -m statistic --mode nth
iptables -A INPUT -m statistic --probability 0.5
iptables -A INPUT -m statistic --mode random --every 3
iptables -A INPUT -m statistic --mode nth --probability 0.3
iptables -A INPUT -m statistic --mode random --probability 1.1
iptables -A INPUT -m statistic --mode random --probability -0.1
iptables -A INPUT -m statistic --mode random --probability abc
iptables -A INPUT -m statistic --mode random --probability 0.5x
iptables -A INPUT -m statistic --mode random --probability 0.5 --probability 0.2
iptables -A INPUT -m statistic --mode nth --every 0
iptables -A INPUT -m statistic --mode nth --every 3 --packet 3
iptables -A INPUT -m statistic --mode nth --every 4294967296
iptables -A INPUT -m statistic --mode nth --packet 1
iptables -A INPUT -m statistic --mode nth --packet 0
iptables -A INPUT -m statistic ! --mode nth --every 2
iptables -A INPUT -m statistic --mode random --probability 0.5 --packet 2
iptables -A INPUT -m statistic --mode random --probability 0.5 --every 3
iptables -A INPUT -m statistic --mode nth --every 3 --packet 1 --probability 0.5
iptables -A INPUT -m statistic --mode nth --every 3 --packet 1 --mode random
iptables -A INPUT -m statistic --mode nth --every 2
iptables -A INPUT -m statistic --mode nth --every 3 --packet -1
iptables -A INPUT -m statistic --mode nth --every 3 ! --packet 1
iptables -A INPUT -m statistic --mode ran --probability 0.5
iptables -A INPUT -m statistic --mode RANDOM --probability 0.5
iptables -A INPUT -m statistic --mode random --probability 0.0001
iptables -A INPUT -m statistic --mode random --probability 0.33333 -j ACCEPT
iptables -A INPUT -m statistic --mode random --probability 1
iptables -A INPUT -m statistic --mode random --probability 0
iptables -A INPUT -m statistic --mode random ! --probability 0.25
iptables -A INPUT -m statistic --mode nth ! --every 2 --packet 1
iptables -A INPUT -m statistic --mode nth --every 4294967295 --packet 0
iptables -A INPUT -m statistic --mode nth --every 1 --packet 0
iptables -A INPUT -m statistic --mode nth --every 010 --packet 0x2
iptables -A INPUT -m statistic --mode random --probability 1e-3
iptables -A INPUT -m statistic --mode random --probability .5
iptables -A INPUT -m statistic --mode random --probability 0x0.8p0
iptables -A INPUT -m statistic --mode random --probability 0.50000000000
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m statistic --mode random --probability 0.33333 -j ACCEPT
iptables -C INPUT -m statistic --mode random --probability 0.33332999982 -j ACCEPT
iptables -C INPUT -m statistic --mode random --probability 0.3333 -j ACCEPT
iptables -D INPUT -m statistic --mode nth ! --every 2 --packet 1
iptables -D INPUT -m statistic --mode random --probability 0.5
iptables -D INPUT -m statistic --mode random --probability 0.5
iptables -S INPUT
ip6tables -A INPUT -m statistic --mode random --probability 0.1 -j DROP
ip6tables -A INPUT -m statistic --mode nth --every 7 --packet 6
ip6tables -A INPUT -m statistic --mode nth --every 7
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m statistic --mode random --probability 0.1 -j DROP
ip6tables -C INPUT -m statistic --mode nth --every 7 --packet 6
