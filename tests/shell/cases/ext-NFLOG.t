# NFLOG target: native log expression; options, limits, warnings, -L forms
iptables -A INPUT -j NFLOG
iptables -A INPUT -j NFLOG --nflog-group 3 --nflog-prefix "foo bar" --nflog-threshold 5
iptables -A INPUT -j NFLOG --nflog-group 65535 --nflog-size 0
iptables -A INPUT -j NFLOG --nflog-size 4294967295 --nflog-threshold 0x10
iptables -A INPUT -j NFLOG --nflog-threshold 0 --nflog-group 0
iptables -A INPUT -j NFLOG --nflog-prefix aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -A INPUT -j NFLOG --nflog-prefix bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
iptables -A INPUT -j NFLOG --nflog-prefix 'a"b\\c'
iptables -A INPUT -j NFLOG --nflog-prefix "x'y"
iptables -A INPUT -j NFLOG --nflog-range 100 --nflog-threshold 3
iptables -v -A INPUT -j NFLOG --nflog-range 100 --nflog-group 7
iptables -A INPUT -p tcp --dport 22 -j NFLOG --nflog-group 2
iptables -A INPUT -j NFLOG --nflog-prefix ''
iptables -A INPUT -j NFLOG --nflog-group 65536
iptables -A INPUT -j NFLOG --nflog-group -1
iptables -A INPUT -j NFLOG --nflog-group x
iptables -A INPUT -j NFLOG --nflog-threshold 65536
iptables -A INPUT -j NFLOG --nflog-size 4294967296
iptables -A INPUT -j NFLOG --nflog-range 3 --nflog-size 3
iptables -A INPUT -j NFLOG --nflog-size 3 --nflog-range 3
iptables -A INPUT -j NFLOG --nflog-group 1 --nflog-group 2
iptables -A INPUT -j NFLOG ! --nflog-group 1
iptables -A INPUT -j NFLOG --nflog-group
iptables -A INPUT -j NFLOG --nflog-foo 1
iptables -A INPUT -j NFLOG --nflog-g 4
iptables -S
iptables -L
iptables -L -n -v
iptables -L INPUT 2
iptables-save
iptables -C INPUT -j NFLOG --nflog-prefix aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -C INPUT -j NFLOG --nflog-prefix aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
iptables -C INPUT -j NFLOG --nflog-range 100 --nflog-threshold 3
iptables -C INPUT -j NFLOG --nflog-size 0 --nflog-group 65535
iptables -C INPUT -j NFLOG --nflog-group 65535
iptables -D INPUT -j NFLOG --nflog-group 3 --nflog-prefix "foo bar" --nflog-threshold 5
iptables -D INPUT -j NFLOG --nflog-group 3
iptables -D INPUT -j NFLOG --nflog-threshold 0
iptables -S INPUT
iptables-restore --test <<X
*filter
-A INPUT -j NFLOG --nflog-range 1
-A INPUT -j NFLOG --nflog-range 2
COMMIT
X
iptables-restore --noflush <<X
*filter
-A FORWARD -j NFLOG --nflog-prefix "in restore" --nflog-size 12
COMMIT
X
iptables -S FORWARD
ip6tables -A INPUT -j NFLOG --nflog-group 9 --nflog-prefix "x y"
ip6tables -t mangle -A PREROUTING -j NFLOG --nflog-size 20
ip6tables -t raw -A OUTPUT -j NFLOG
ip6tables -t nat -A OUTPUT -j NFLOG --nflog-threshold 9
ip6tables -A OUTPUT -j NFLOG --nflog-prefix ''
ip6tables -S
ip6tables -L
ip6tables-save -t mangle
ip6tables -D INPUT -j NFLOG --nflog-prefix "x y" --nflog-group 9
ip6tables -C INPUT -j NFLOG --nflog-group 9 --nflog-prefix "x y"
iptables -j NFLOG -h
