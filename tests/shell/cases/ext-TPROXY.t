# TPROXY target (compat revision 1, both families): port, ip, mark
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port http --on-ip 10.0.0.1
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 0 --tproxy-mark 0x10
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 5 --tproxy-mark 0x10/0xf0
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-ip 1.2.3.4
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 65536
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port foo
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 1 --tproxy-mark x
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 1 --tproxy-mark 1/
iptables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 1 --on-ip localhost
iptables -t mangle -A PREROUTING -j TPROXY --on-port 1
iptables -t nat -A PREROUTING -p tcp -j TPROXY --on-port 1
iptables -t mangle -A INPUT -p tcp -j TPROXY --on-port 1
iptables -t mangle -S PREROUTING
iptables -t mangle -L PREROUTING
iptables -t mangle -L PREROUTING -n
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 2 --on-ip ::1 --tproxy-mark 3
ip6tables -t mangle -S PREROUTING
ip6tables -t mangle -L PREROUTING
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-port 2
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 1 --tproxy-mark 2
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 0xffffffff/0xffffffff
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --tproxy-mark 4294967296
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port " 7"
iptables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port -1
iptables -t mangle -A PREROUTING -p tcp --dport 2342 -j TPROXY --on-port 12345 --on-ip 10.0.0.1 --tproxy-mark 0x23/0xff
iptables-save -t mangle
iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 10.0.0.1
iptables -t mangle -C PREROUTING -p tcp -j TPROXY --on-port 80 --on-ip 10.0.0.1 --tproxy-mark 0/0
iptables -t mangle -D PREROUTING -p udp -j TPROXY --on-port 5 --tproxy-mark 0x10/0xf0
iptables -t mangle -D PREROUTING -p udp -j TPROXY --on-port 5 --tproxy-mark 0x10/0xf0
iptables -t mangle -S PREROUTING
ip6tables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 12345 --on-ip 2001:db8::1 --tproxy-mark 0x23/0xff
ip6tables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 1 --on-ip 1.2.3.4
ip6tables -t mangle -L -n
ip6tables-save -t mangle
ip6tables -t mangle -D PREROUTING -p tcp -j TPROXY --on-port 1
iptables -j TPROXY -h
