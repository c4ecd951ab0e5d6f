# dst match (IPv6): header length, option type:length lists, errors, listing, -C/-D; not in iptables
ip6tables -A INPUT -m dst --dst-len 8
ip6tables -A INPUT -m dst ! --dst-len 8
ip6tables -A INPUT -m dst --dst-opts 1:2,3:4,5
ip6tables -A INPUT -m dst --dst-opts 1
ip6tables -A INPUT -m dst --dst-opts 1:
ip6tables -A INPUT -m dst --dst-opts :1
ip6tables -A INPUT -m dst --dst-opts 256
ip6tables -A INPUT -m dst --dst-opts 1:256
ip6tables -A INPUT -m dst --dst-opts x
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables -A INPUT -m dst ! --dst-opts 1
ip6tables -A INPUT -m dst --dst-len 2 --dst-opts 0x10:0x20
ip6tables -A INPUT -m dst
ip6tables -A INPUT -m dst --dst-len x
ip6tables -A INPUT -m dst --dst-len 1 --dst-len 2
ip6tables -A INPUT -m dst --dst-opts 1,,2
ip6tables -A INPUT -m dst --dst-opts 1:2:3
ip6tables -A INPUT -m dst --dst-opts -1
ip6tables -A INPUT -m dst --dst-opts 0:1
ip6tables -A INPUT -m dst --dst-opts 99999999999999999999
ip6tables -A INPUT -m dst --dst-opts 1:99999999999999999999
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16:1
ip6tables -A INPUT -m dst --dst-opts 1:2:3
ip6tables -A INPUT -m dst --dst-len 3 --dst-opts 5:6,7 -j DROP
ip6tables -A INPUT -m dst -h
iptables -A INPUT -m dst --dst-len 1
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m dst --dst-len 3 --dst-opts 5:6,7 -j DROP
ip6tables -C INPUT -m dst --dst-len 3 --dst-opts 5:6,8 -j DROP
ip6tables -D INPUT -m dst ! --dst-len 8
ip6tables -D INPUT -m dst ! --dst-len 8
ip6tables -S INPUT
