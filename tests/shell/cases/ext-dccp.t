# dccp match: ports (service names), types, option, errors, listing, -C/-D
iptables -A INPUT -p dccp -m dccp --dport 65536
iptables -A INPUT -p dccp -m dccp --dport 5 --dport 6
iptables -A INPUT -p dccp -m dccp --sport 5 --source-port 6
iptables -A INPUT -p dccp -m dccp --dport 5:
iptables -A INPUT -p dccp -m dccp ! --dport :
iptables -A INPUT -p dccp -m dccp --dport http
iptables -A INPUT -p dccp -m dccp --dport 1:2:3
iptables -A INPUT -m dccp --dport 5
iptables -A INPUT -p dccp -m dccp --dccp-types foo
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,response,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID
iptables -A INPUT -p dccp -m dccp ! --dccp-types REQUEST
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST --dccp-types DATA
iptables -A INPUT -p dccp -m dccp --dccp-types ,
iptables -A INPUT -p dccp -m dccp --dccp-types REQUEST,
iptables -A INPUT -p dccp -m dccp --dccp-option 0
iptables -A INPUT -p dccp -m dccp --dccp-option 255
iptables -A INPUT -p dccp -m dccp --dccp-option 256
iptables -A INPUT -p dccp -m dccp ! --dccp-option 5
iptables -A INPUT -p dccp -m dccp --dccp-option 5 --dccp-option 6
iptables -A INPUT -p dccp -m dccp --dccp-option x
iptables -A INPUT -p dccp -m dccp --dccp-option -1
iptables -A INPUT -p dccp -m dccp --dccp-option 0x10
iptables -A INPUT -p dccp -m dccp
iptables -A INPUT -p dccp -m dccp ! --sport 1:2 ! --dport 80 ! --dccp-types SYNC ! --dccp-option 3
iptables -A INPUT -p dccp -m dccp --sport 0:65535 --dport 0
iptables -A INPUT -p dccp --sport -1
iptables -A INPUT -p dccp --sport 70000
iptables -A INPUT -p dccp --sport 0x10
iptables -A INPUT -p dccp --sport +5
iptables -A INPUT -p dccp --sport " 5"
iptables -A INPUT -p dccp --sport 5x
iptables -A INPUT -p dccp --sport ssh:http
iptables -A INPUT -p dccp --sport domain
iptables -A INPUT -p dccp --sport 99999999999
iptables -A INPUT -p dccp --sport ""
iptables -A INPUT -p dccp --sport 1::
iptables -A INPUT -p dccp --dccp-types INVALID,sync
iptables -A INPUT -p dccp --dccp-typ ACK --dccp-opt 7 --dp 8
iptables -A INPUT -p dccp -m dccp -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -p dccp -m dccp ! --sport 1:2 ! --dport 80 ! --dccp-types SYNC ! --dccp-option 3
iptables -C INPUT -p dccp -m dccp ! --sport 1:2 --dport 80 ! --dccp-types SYNC ! --dccp-option 3
iptables -D INPUT -p dccp --dccp-types invalid,SYNC
iptables -D INPUT -p dccp -m dccp ! --sport 1:2 ! --dport 80 ! --dccp-types SYNC ! --dccp-option 3
iptables -D INPUT -p dccp -m dccp ! --sport 1:2 ! --dport 80 ! --dccp-types SYNC ! --dccp-option 3
iptables -S INPUT
ip6tables -A INPUT -p dccp -m dccp --sport 22:ssh ! --dccp-types REQUEST,RESPONSE,DATA,ACK,DATAACK,CLOSEREQ,CLOSE,RESET,SYNC,SYNCACK,INVALID
ip6tables -A INPUT -p dccp -m dccp --dport 0 --dccp-option 200 -j ACCEPT
ip6tables -A INPUT -p dccp -m dccp --dccp-option 0
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -p dccp -m dccp --dport 0 --dccp-option 200 -j ACCEPT
ip6tables -D INPUT -p dccp -m dccp --dport 0 --dccp-option 200 -j ACCEPT
ip6tables -D INPUT -p dccp -m dccp --dport 0 --dccp-option 200 -j ACCEPT
ip6tables -S
