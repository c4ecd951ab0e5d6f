# MASQUERADE target: ports, random flags, both families
iptables -t nat -A POSTROUTING -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65536
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports -1
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 10-5
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 10:20
iptables -t nat -A POSTROUTING -j MASQUERADE --persistent
iptables -t nat -A POSTROUTING -j MASQUERADE --random --random
iptables -t nat -A POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024
iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2000/3000
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2000 --random --random-fully
iptables -t nat -A POSTROUTING -m mark --mark 0x4000/0x4000 -j MASQUERADE --random-fully
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -A FORWARD -j MASQUERADE
iptables -t nat -S
iptables -t nat -L
iptables -t nat -L -n -v
iptables-save -t nat
iptables -t nat -C POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -C POSTROUTING -j MASQUERADE --random
iptables -t nat -D POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535
iptables -t nat -D POSTROUTING -j MASQUERADE
iptables -t nat -D POSTROUTING -j MASQUERADE
iptables -t nat -S POSTROUTING
ip6tables -t nat -A POSTROUTING -j MASQUERADE
ip6tables -t nat -A POSTROUTING -j MASQUERADE --random
ip6tables -t nat -A POSTROUTING -j MASQUERADE --random-fully
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024
ip6tables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65535
ip6tables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-65536
ip6tables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports -1
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 80-90/100 --random-fully
ip6tables -t nat -S
ip6tables -t nat -L
ip6tables -t nat -L -n
ip6tables-save -t nat
ip6tables -t nat -D POSTROUTING -j MASQUERADE --random
ip6tables -t nat -C POSTROUTING -p tcp -j MASQUERADE --to-ports 1024
ip6tables -t nat -S
