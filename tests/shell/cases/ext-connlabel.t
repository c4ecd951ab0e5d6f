# connlabel match: label bits by number, names (no connlabel.conf here: warnings), --set, errors, listing, -C/-D
iptables -A INPUT -m connlabel --label 1
iptables -A INPUT -m connlabel ! --label 1
iptables -A INPUT -m connlabel --label 127
iptables -A INPUT -m connlabel --label 128
iptables -A INPUT -m connlabel --label 1 --set
iptables -A INPUT -m connlabel --label foo
iptables -A INPUT -m connlabel --set
iptables -A INPUT -m connlabel
iptables -A INPUT -m connlabel --label 1 --label 2
iptables -A INPUT -m connlabel --label -1
iptables -A INPUT -m connlabel --label 0x10
iptables -A INPUT -m connlabel --label 4294967297
iptables -A INPUT -m connlabel --label ""
iptables -A INPUT -m connlabel -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m connlabel --label 1 --set
iptables -C INPUT -m connlabel --label 2 --set
iptables -D INPUT -m connlabel ! --label 1
iptables -D INPUT -m connlabel ! --label 1
iptables -S INPUT
ip6tables -A INPUT -m connlabel ! --label 100 --set -j DROP
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m connlabel ! --label 100 --set -j DROP
ip6tables -S
