# hbh match (IPv6): header length, option type:length lists, errors, listing, -C/-D; not in iptables
ip6tables -A INPUT -m hbh --hbh-len 8
ip6tables -A INPUT -m hbh ! --hbh-len 8
ip6tables -A INPUT -m hbh --hbh-opts 1:2,3:4,5
ip6tables -A INPUT -m hbh --hbh-opts 1
ip6tables -A INPUT -m hbh --hbh-opts 1:
ip6tables -A INPUT -m hbh --hbh-opts :1
ip6tables -A INPUT -m hbh --hbh-opts 256
ip6tables -A INPUT -m hbh --hbh-opts 1:256
ip6tables -A INPUT -m hbh --hbh-opts x
ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables -A INPUT -m hbh ! --hbh-opts 1
ip6tables -A INPUT -m hbh --hbh-len 2 --hbh-opts 0x10:0x20
ip6tables -A INPUT -m hbh
ip6tables -A INPUT -m hbh --hbh-len x
ip6tables -A INPUT -m hbh --hbh-len 1 --hbh-len 2
ip6tables -A INPUT -m hbh --hbh-opts 1,,2
ip6tables -A INPUT -m hbh --hbh-opts 1:2:3
ip6tables -A INPUT -m hbh --hbh-opts -1
ip6tables -A INPUT -m hbh --hbh-opts 0:1
ip6tables -A INPUT -m hbh --hbh-opts 99999999999999999999
ip6tables -A INPUT -m hbh --hbh-opts 1:99999999999999999999
ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16:1
ip6tables -A INPUT -m hbh --hbh-opts 1:2:3
ip6tables -A INPUT -m hbh --hbh-len 3 --hbh-opts 5:6,7 -j DROP
ip6tables -A INPUT -m hbh -h
iptables -A INPUT -m hbh --hbh-len 1
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m hbh --hbh-len 3 --hbh-opts 5:6,7 -j DROP
ip6tables -C INPUT -m hbh --hbh-len 3 --hbh-opts 5:6,8 -j DROP
ip6tables -D INPUT -m hbh ! --hbh-len 8
ip6tables -D INPUT -m hbh ! --hbh-len 8
ip6tables -S INPUT
