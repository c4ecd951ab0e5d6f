# TEE target (compat revision 1): --gateway host (mandatory), --oif
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0
iptables -t mangle -A PREROUTING -j TEE --gateway localhost
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4/24
iptables -t mangle -A PREROUTING -j TEE --gateway ::1
iptables -t mangle -A PREROUTING -j TEE --oif eth0
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif 12345678901234567890
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --gateway 1.2.3.5
iptables -A INPUT -j TEE --gateway 1.2.3.4
iptables -t mangle -S
iptables -t mangle -L
iptables -t mangle -L -n
ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1 --oif lo
ip6tables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4
ip6tables -t mangle -A PREROUTING -j TEE --gateway ::
ip6tables -t mangle -S
ip6tables -t mangle -L
iptables -t mangle -A PREROUTING -j TEE --gateway " 1.2.3.4"
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif ""
iptables -t mangle -A PREROUTING -j TEE --gateway 1.2.3.4 --oif eth1 --oif eth2
iptables -t mangle -A PREROUTING -j TEE ! --gateway 1.2.3.4
iptables -t mangle -A PREROUTING -j TEE --gateway 0x01020305
iptables-save -t mangle
iptables -t mangle -C PREROUTING -j TEE --gateway 127.0.0.1
iptables -t mangle -C PREROUTING -j TEE --gateway 1.2.3.4 --oif 1234567890123456789
iptables -t mangle -D PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0
iptables -t mangle -D PREROUTING -j TEE --gateway 1.2.3.4 --oif eth0
iptables -S INPUT
ip6tables -t mangle -A OUTPUT -j TEE --gateway localhost
ip6tables -t mangle -L -n
ip6tables-save
ip6tables -t mangle -D PREROUTING -j TEE --gateway 2001:db8:0::1 --oif lo
iptables -j TEE -h
