# realm match (IPv4): value/mask, names from rt_realms, errors, listing, -C/-D; not in ip6tables
iptables -A INPUT -m realm --realm 1
iptables -A INPUT -m realm ! --realm 1/0xff
iptables -A INPUT -m realm --realm 0x10/0x0f
iptables -A INPUT -m realm --realm 4294967295
iptables -A INPUT -m realm --realm 4294967296
iptables -A INPUT -m realm --realm cosmos
iptables -A INPUT -m realm --realm foo
iptables -A INPUT -m realm --realm 1/
iptables -A INPUT -m realm --realm 1/x
iptables -A INPUT -m realm --realm 1x
iptables -A INPUT -m realm --realm -1
iptables -A INPUT -m realm --realm 1 --realm 2
iptables -A INPUT -m realm
iptables -A INPUT -m realm --realm 0
iptables -A INPUT -m realm --realm 0/0
iptables -A INPUT -m realm --realm 1/2x
iptables -A INPUT -m realm --realm cosmos/5
iptables -A INPUT -m realm -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m realm --realm 0
iptables -C INPUT -m realm ! --realm 0
iptables -D INPUT -m realm --realm 0x10/0xf
iptables -D INPUT -m realm --realm 16/15
iptables -S INPUT
ip6tables -A INPUT -m realm --realm 1
