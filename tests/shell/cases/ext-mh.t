# mh match (IPv6): types by number, name and prefix, ranges, errors, implicit load by -p mh, listing, -C/-D
ip6tables -A INPUT -p mh -m mh --mh-type 1
ip6tables -A INPUT -p mh -m mh ! --mh-type 1
ip6tables -A INPUT -p mh -m mh --mh-type 1:3
ip6tables -A INPUT -p mh -m mh --mh-type binding-update
ip6tables -A INPUT -p mh -m mh --mh-type bu:ba
ip6tables -A INPUT -p mh -m mh --mh-type home-test-init:care-of-test
ip6tables -A INPUT -p mh -m mh --mh-type :5
ip6tables -A INPUT -p mh -m mh --mh-type 5:
ip6tables -A INPUT -p mh -m mh --mh-type 0:255
ip6tables -A INPUT -p mh -m mh --mh-type 256
ip6tables -A INPUT -p mh -m mh --mh-type foo
ip6tables -A INPUT -p mh -m mh --mh-type 3:1
ip6tables -A INPUT -p mh -m mh
ip6tables -A INPUT -m mh --mh-type 1
ip6tables -A INPUT -p mh --mh-type 4
ip6tables -A INPUT -p ipv6-mh --mh-type 4
ip6tables -A INPUT -p 135 --mh-type 4
ip6tables -A INPUT -p mh -m mh --mh-type be:bu
ip6tables -A INPUT -p mh -m mh --mh-type 1 --mh-type 2
ip6tables -A INPUT -p mh -m mh --mh-type 1:2:3
ip6tables -A INPUT -p mh -m mh --mh-type home-test
ip6tables -A INPUT -p mh -m mh --mh-type home
ip6tables -A INPUT -p mh -m mh --mh-type Binding-E
ip6tables -A INPUT -p mh -m mh --mh-type 0x10:
ip6tables -A INPUT -p mh -m mh ! --mh-type ":"
ip6tables -A INPUT -p mh -m mh -h
iptables -A INPUT -m mh --mh-type 1
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -p mh -m mh --mh-type hot
ip6tables -C INPUT -p mh -m mh --mh-type hoti
ip6tables -D INPUT -p mh -m mh ! --mh-type 1
ip6tables -D INPUT -p mh -m mh ! --mh-type 1
ip6tables -S INPUT
