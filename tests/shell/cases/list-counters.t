# counter display: -v abbreviates with K/M/G/T/P, -x prints exact numbers
iptables -A INPUT -s 1.0.0.1 -c 0 0
iptables -A INPUT -s 1.0.0.2 -c 999 99999
iptables -A INPUT -s 1.0.0.3 -c 100000 1000000
iptables -A INPUT -s 1.0.0.4 -c 1234567 987654321
iptables -A INPUT -s 1.0.0.5 -c 99999 100000
iptables -A INPUT -s 1.0.0.6 -c 12345678901 1234567890123
iptables -A INPUT -s 1.0.0.7 -c 123456789012345 12345678901234567
iptables -A INPUT -s 1.0.0.8 -c 18446744073709551615 18446744073709551615
iptables -A INPUT -s 1.0.0.9 -c 5 6 -j ACCEPT
iptables -L INPUT -v -n
iptables -L INPUT -v -n -x
iptables -L INPUT -v -x --line-numbers
iptables -S INPUT -v
iptables -L INPUT 4 -v -n
iptables-save -c
iptables -Z INPUT 4
iptables -L INPUT -v -n -x
iptables -P FORWARD DROP -c 123456 7654321
iptables -L FORWARD -v
iptables -L FORWARD -v -x
iptables -S FORWARD -v
iptables --set-counters 7 8 -A OUTPUT
iptables -A OUTPUT --set-counters=9 10
iptables -A OUTPUT -c 1
iptables -A OUTPUT -c x y
iptables -A OUTPUT -c -1 5
iptables -A OUTPUT -c 18446744073709551616 1
iptables-save -c
