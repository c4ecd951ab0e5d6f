# TCPOPTSTRIP target: option names/numbers as a bitmap; empty prints nothing
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options wscale,mss,sack-permitted,sack,timestamp,md5
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 0,255,md5,1
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 256
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options foo
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2,
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP
iptables -t mangle -A FORWARD -j TCPOPTSTRIP --strip-options 2
iptables -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2
iptables -t mangle -S FORWARD
iptables -t mangle -L FORWARD
iptables -t mangle -L FORWARD -n
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options mss,2
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options MSS
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 0x22,255,7
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options 2 --strip-options 3
iptables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP ! --strip-options 3
iptables -t mangle -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options ""
iptables-save -t mangle
iptables -t mangle -L -n -v
iptables -t mangle -C FORWARD -p tcp -j TCPOPTSTRIP --strip-options md5,timestamp,sack,sack-permitted,mss,wscale
iptables -t mangle -D FORWARD -p tcp -j TCPOPTSTRIP
iptables -t mangle -D FORWARD -p tcp -j TCPOPTSTRIP --strip-options 7,0x22,255
iptables -t mangle -S
ip6tables -t mangle -A FORWARD -p tcp -j TCPOPTSTRIP --strip-options sack-permitted,sack
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 30
ip6tables -t mangle -L
ip6tables-save -t mangle
iptables -j TCPOPTSTRIP -h
