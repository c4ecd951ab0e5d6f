# sctp match: ports, chunk types and flags, errors, listing, -C/-D
iptables -A INPUT -p sctp -m sctp --dport 65536
iptables -A INPUT -p sctp -m sctp --dport -1
iptables -A INPUT -p sctp -m sctp --dport 4:3
iptables -A INPUT -p sctp -m sctp --dport 5 --dport 6
iptables -A INPUT -p sctp -m sctp --sport 5 --source-port 6
iptables -A INPUT -p sctp -m sctp --dport 5:
iptables -A INPUT -p sctp -m sctp --dport :5
iptables -A INPUT -p sctp -m sctp ! --dport :
iptables -A INPUT -p sctp -m sctp --dport http
iptables -A INPUT -p sctp -m sctp --dport 1:2:3
iptables -A INPUT -m sctp --dport 5
iptables -A INPUT -p tcp -m sctp --dport 5
iptables -A INPUT -p sctp -m sctp --chunk-types foo DATA
iptables -A INPUT -p sctp -m sctp --chunk-types all FOO
iptables -A INPUT -p sctp -m sctp --chunk-types all
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:x
iptables -A INPUT -p sctp -m sctp --chunk-types all INIT:U
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:UU
iptables -A INPUT -p sctp -m sctp --chunk-types all ABORT:T
iptables -A INPUT -p sctp -m sctp --chunk-types all ABORT:tT
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA --chunk-types any INIT
iptables -A INPUT -p sctp -m sctp ! --chunk-types all DATA,INIT
iptables -A INPUT -p sctp -m sctp --chunk-types ALL data
iptables -A INPUT -p sctp -m sctp --chunk-types all ALL
iptables -A INPUT -p sctp -m sctp --chunk-types all NONE
iptables -A INPUT -p sctp -m sctp --chunk-types only SHUTDOWN_COMPLETE:T
iptables -A INPUT -p sctp -m sctp
iptables -A INPUT -p sctp
iptables -A INPUT -p sctp -m sctp ! --sport 1:2 ! --dport 80
iptables -A INPUT -p sctp -m sctp --dport 5 --chunk-types all DATA:Be,ABORT:t,I_DATA:I,PAD
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:I,ABORT:t,I_DATA:I,SHUTDOWN_COMPLETE:T,DATA:b
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:I,ABORT:t,I_DATA:I,SHUTDOWN_COMPLETE:T,DATA:b,ABORT:T,RE_CONFIG:-
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA:I,ABORT:t,I_DATA:I,SHUTDOWN_COMPLETE:T,DATA:b,ABORT:T,RE_CONFIG:--
iptables -A INPUT -p sctp --dport 7 -m sctp --sport 8
iptables -A INPUT -p sctp -m sctp --chunk-types all DATA extra
iptables -A INPUT -p sctp -m sctp --chunk-types all ! DATA
iptables -A INPUT -p sctp -m sctp -h
iptables -S
iptables -L
iptables -L -n
ip6tables -A INPUT -p sctp --dport 5 --chunk-types only ASCONF,FORWARD_TSN
ip6tables -S
iptables -L -n -v
iptables-save
iptables -C INPUT -p sctp -m sctp ! --sport 1:2 ! --dport 80
iptables -C INPUT -p sctp -m sctp --sport 1:2 ! --dport 80
iptables -C INPUT -p sctp --chunk-types all DATA:Ib,ABORT:t,I_DATA:I,SHUTDOWN_COMPLETE:T
iptables -D INPUT -p sctp -m sctp --dport 5 --chunk-types all DATA:Be,ABORT:t,I_DATA:I,PAD
iptables -D INPUT -p sctp -m sctp --dport 5 --chunk-types all DATA:Be,ABORT:t,I_DATA:I,PAD
iptables -D INPUT -p sctp -m sctp --chunk-types all all
iptables -S INPUT
ip6tables -A INPUT -p sctp -m sctp ! --sport 10:20 --chunk-types any DATA:iUbE,INIT_ACK,HEARTBEAT_ACK,ECN_ECNE,ECN_CWR,COOKIE_ECHO,COOKIE_ACK,SACK,ERROR,SHUTDOWN,SHUTDOWN_ACK,HEARTBEAT,RE_CONFIG,I_FORWARD_TSN,ASCONF_ACK
ip6tables -A INPUT -p sctp -m sctp --chunk-types all DATA:i -j DROP
ip6tables -A INPUT -p udp -m sctp --sport 5
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -p sctp -m sctp --chunk-types all DATA:i -j DROP
ip6tables -D INPUT -p sctp -m sctp --chunk-types all DATA:i -j DROP
ip6tables -D INPUT -p sctp -m sctp --chunk-types all DATA:i -j DROP
ip6tables -S
