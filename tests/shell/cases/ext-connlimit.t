# connlimit match (revision 1): upto/above, masks as lengths and netmasks, address selection, errors, listing, -C/-D
iptables -A INPUT -m connlimit --connlimit-upto 0
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 24
iptables -A INPUT -m connlimit ! --connlimit-above 10
iptables -A INPUT -m connlimit ! --connlimit-upto 10
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-daddr
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-saddr --connlimit-daddr
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 33
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 0
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask -1
iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 255.255.0.0
iptables -A INPUT -m connlimit --connlimit-upto 1 --connlimit-above 1
iptables -A INPUT -m connlimit --connlimit-upto 4294967296
iptables -A INPUT -m connlimit --connlimit-upto -1
iptables -A INPUT -m connlimit
iptables -A INPUT -m connlimit --connlimit-mask 24
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-above 6
iptables -A INPUT -m connlimit --connlimit-above 5 ! --connlimit-daddr
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-mask 24 --connlimit-mask 25
iptables -A INPUT -m connlimit --connlimit-daddr --connlimit-above 7 --connlimit-mask 1
iptables -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 255.0.255.0
iptables -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 0.0.0.0
iptables -A INPUT -m connlimit --connlimit-above 3 --connlimit-mask 0x10
iptables -A INPUT -m connlimit -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m connlimit --connlimit-above 10 --connlimit-mask 32 --connlimit-saddr
iptables -C INPUT -m connlimit --connlimit-above 10 --connlimit-mask 255.255.0.0
iptables -C INPUT -m connlimit --connlimit-above 10 --connlimit-mask 16
iptables -D INPUT -m connlimit --connlimit-above 10 --connlimit-mask 16 --connlimit-saddr
iptables -D INPUT -m connlimit ! --connlimit-upto 10
iptables -S INPUT
ip6tables -A INPUT -m connlimit --connlimit-upto 0
ip6tables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 64 --connlimit-daddr
ip6tables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 129
ip6tables -A INPUT -m connlimit ! --connlimit-above 10 --connlimit-mask 0
ip6tables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask ffff:ffff::
ip6tables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask ffff::ffff
ip6tables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 1.2.3.4
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m connlimit --connlimit-above 10 --connlimit-mask 64 --connlimit-daddr
ip6tables -D INPUT -m connlimit --connlimit-above 2 --connlimit-mask 32
ip6tables -S
