# NFQUEUE target (compat revision 3): num, balance, bypass, cpu-fanout.
# (balance ranges reaching 65535 follow upstream: see the conformance file)
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 0
iptables -A INPUT -j NFQUEUE --queue-num 65535
iptables -A INPUT -j NFQUEUE --queue-num 0x10 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 3:4
iptables -A INPUT -j NFQUEUE --queue-balance :4 --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-bypass --queue-balance 0:6 --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-balance 0:65534 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-bypass
iptables -A INPUT -p udp -j NFQUEUE --queue-num 5
iptables -A INPUT -j NFQUEUE --queue-num 65536
iptables -A INPUT -j NFQUEUE --queue-num -1
iptables -A INPUT -j NFQUEUE --queue-num x
iptables -A INPUT -j NFQUEUE --queue-balance 4
iptables -A INPUT -j NFQUEUE --queue-balance 4:4
iptables -A INPUT -j NFQUEUE --queue-balance 4:3
iptables -A INPUT -j NFQUEUE --queue-balance 1:2:3
iptables -A INPUT -j NFQUEUE --queue-balance 1x:2
iptables -A INPUT -j NFQUEUE --queue-balance 1:2x
iptables -A INPUT -j NFQUEUE --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-balance 1:2
iptables -A INPUT -j NFQUEUE --queue-balance 1:2 --queue-num 1
iptables -A INPUT -j NFQUEUE --queue-bypass --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-num 2
iptables -A INPUT -j NFQUEUE --queue-balance 1:2 --queue-cpu-fanout --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE ! --queue-num 1
iptables -A INPUT -j NFQUEUE --queue-bypass=1
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -j NFQUEUE --queue-num 0
iptables -C INPUT -j NFQUEUE --queue-balance 3:4
iptables -C INPUT -j NFQUEUE --queue-balance 0:4 --queue-cpu-fanout
iptables -C INPUT -j NFQUEUE --queue-balance 0:4
iptables -D INPUT -j NFQUEUE --queue-num 16 --queue-bypass
iptables -D INPUT -j NFQUEUE --queue-balance 0:6 --queue-cpu-fanout --queue-bypass
iptables -D INPUT -j NFQUEUE --queue-balance 0:6 --queue-cpu-fanout
iptables -S INPUT
ip6tables -A INPUT -j NFQUEUE --queue-num 9
ip6tables -A FORWARD -j NFQUEUE --queue-balance 2:9 --queue-bypass
ip6tables -t mangle -A POSTROUTING -j NFQUEUE --queue-balance 2:3 --queue-cpu-fanout
ip6tables -t raw -A PREROUTING -j NFQUEUE
ip6tables -t nat -A POSTROUTING -j NFQUEUE --queue-num 3
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D FORWARD -j NFQUEUE --queue-balance 2:9 --queue-bypass
ip6tables -C INPUT -j NFQUEUE --queue-num 9
ip6tables -j NFQUEUE --help
