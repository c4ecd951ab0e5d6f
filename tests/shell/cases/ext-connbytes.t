# connbytes match: ranges (! swaps the ends), modes, directions, errors, listing, -C/-D
iptables -A INPUT -m connbytes --connbytes 0:1000 --connbytes-mode packets --connbytes-dir original
iptables -A INPUT -m connbytes --connbytes 1000 --connbytes-mode bytes --connbytes-dir reply
iptables -A INPUT -m connbytes --connbytes 1000: --connbytes-mode avgpkt --connbytes-dir both
iptables -A INPUT -m connbytes ! --connbytes 1000:2000 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes ! --connbytes 1000 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes :2000 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 18446744073709551615 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 18446744073709551616 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes x --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode foo --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode bytes --connbytes-dir foo
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode bytes ! --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 1:2:3 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 0 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes ! --connbytes 0:0 --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes : --connbytes-mode bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode Bytes --connbytes-dir both
iptables -A INPUT -m connbytes --connbytes 1 --connbytes-mode bytes --connbytes-mode packets --connbytes-dir both
iptables -A INPUT -m connbytes -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m connbytes ! --connbytes 1000 --connbytes-mode bytes --connbytes-dir both
iptables -C INPUT -m connbytes --connbytes 1000 --connbytes-mode bytes --connbytes-dir both
iptables -D INPUT -m connbytes --connbytes 1000: --connbytes-mode bytes --connbytes-dir reply
iptables -D INPUT -m connbytes ! --connbytes 1000:2000 --connbytes-mode bytes --connbytes-dir both
iptables -S INPUT
ip6tables -A INPUT -m connbytes --connbytes 10:20 --connbytes-mode avgpkt --connbytes-dir original -j DROP
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m connbytes --connbytes 10:20 --connbytes-mode avgpkt --connbytes-dir original -j DROP
ip6tables -S
