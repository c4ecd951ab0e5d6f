# CHECKSUM target: --checksum-fill is mandatory; mangle only
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -j CHECKSUM
iptables -A OUTPUT -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -j CHECKSUM ! --checksum-fill
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A FORWARD -p udp --dport 68 -j CHECKSUM --checksum-fill
iptables -t mangle -A FORWARD -j CHECKSUM --checksum-fill --checksum-fill
iptables -t mangle -A FORWARD -j CHECKSUM --checksum-fill=1
iptables -t mangle -A FORWARD -j CHECKSUM --checksum
iptables-save -t mangle
iptables -t mangle -L -n -v
iptables -t mangle -C FORWARD -p udp --dport 68 -j CHECKSUM --checksum-fill
iptables -t mangle -D POSTROUTING -j CHECKSUM --checksum-fill
iptables -t mangle -S
ip6tables -t mangle -A POSTROUTING -j CHECKSUM --checksum-fill
ip6tables -t mangle -A POSTROUTING -j CHECKSUM
ip6tables -t mangle -S
ip6tables -t mangle -L POSTROUTING
iptables -j CHECKSUM -h
