# ECN target (IPv4 only): remove, ece/cwr, ect codepoint; needs -p tcp
iptables -t mangle -A POSTROUTING -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j ECN
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-ece
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-ip-ect 1
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-ip-ect 4
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-remove
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
ip6tables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr 1
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-cwr 0
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-ece 1 --ecn-ip-ect 3
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-ece 2
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-ece 1
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove --ecn-ip-ect 2
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-ip-ect 0
iptables -t mangle -A POSTROUTING -p udp -j ECN --ecn-ip-ect 1
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr x
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr -1
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-cwr 0
iptables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-remove
iptables -t mangle -A POSTROUTING -p tcp -j ECN ! --ecn-tcp-remove
iptables -t mangle -A PREROUTING -p tcp -j ECN --ecn-tcp-cwr 0x1
iptables -A FORWARD -p tcp -j ECN --ecn-tcp-remove
iptables-save -t mangle
iptables -t mangle -L -n -v
iptables -t mangle -C POSTROUTING -p tcp -j ECN --ecn-tcp-ece 0 --ecn-tcp-cwr 0
iptables -t mangle -C POSTROUTING -p tcp -j ECN --ecn-tcp-remove
iptables -t mangle -D POSTROUTING -p tcp -j ECN --ecn-ip-ect 1 --ecn-tcp-ece 1
iptables -t mangle -D POSTROUTING -p tcp -j ECN --ecn-tcp-ece 1 --ecn-ip-ect 3
iptables -t mangle -S POSTROUTING
ip6tables -t mangle -A POSTROUTING -p tcp -j ECN --ecn-tcp-remove
ip6tables -t mangle -A POSTROUTING -p tcp -j ECN
iptables -j ECN -h
