# SYNPROXY target: flags, wscale/mss read as u32 and truncated; needs -p tcp
iptables -A INPUT -p tcp -j SYNPROXY --mss 1460
iptables -A INPUT -p tcp -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460 --ecn
iptables -A INPUT -p tcp -j SYNPROXY
iptables -A INPUT -p tcp -j SYNPROXY --wscale 15
iptables -A INPUT -p tcp -j SYNPROXY --wscale 16
iptables -A INPUT -p tcp -j SYNPROXY --mss 65536
iptables -A INPUT -p tcp -j SYNPROXY --mss 0
iptables -A INPUT -j SYNPROXY --mss 1460
iptables -t raw -A PREROUTING -p tcp -j SYNPROXY --mss 1460
iptables -A INPUT -p tcp -j SYNPROXY --ecn --ecn
iptables -S
iptables -L
iptables -L -n
ip6tables -A INPUT -p tcp -j SYNPROXY --timestamp
ip6tables -S
iptables -A INPUT -p tcp -j SYNPROXY --mss 4294967296
iptables -A INPUT -p tcp -j SYNPROXY --wscale x
iptables -A INPUT -p tcp -j SYNPROXY --wscale 0x107 --mss 0x10005
iptables -A INPUT -p tcp -j SYNPROXY ! --ecn
iptables -A FORWARD -p tcp -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460
iptables-save
iptables -C INPUT -p tcp -j SYNPROXY --ecn --mss 1460 --wscale 7 --timestamp --sack-perm
iptables -C INPUT -p tcp -j SYNPROXY --mss 65536
iptables -D INPUT -p tcp -j SYNPROXY --wscale 16
iptables -D INPUT -p tcp -j SYNPROXY
iptables -S INPUT
ip6tables -L -n
ip6tables-save
iptables -j SYNPROXY -h
