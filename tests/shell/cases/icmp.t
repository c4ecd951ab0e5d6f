# icmp --icmp-type by name, number, type/code, any
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 3/4
iptables -A INPUT -p icmp --icmp-type 3/255
iptables -A INPUT -p icmp --icmp-type any
iptables -A INPUT -p icmp --icmp-type destination-unreachable
iptables -A INPUT -p icmp --icmp-type port-unreachable
iptables -A INPUT -p icmp --icmp-type fragmentation-needed
iptables -A INPUT -p icmp ! --icmp-type echo-reply
iptables -A INPUT -p icmp --icmp-type 255
iptables -A INPUT -p icmp --icmp-type 0/0
iptables -A INPUT -p icmp --icmp-type ping
iptables -A INPUT -p icmp --icmp-type pong
iptables -A INPUT -p icmp --icmp-type timestamp-request
iptables -A INPUT -p icmp --icmp-type 13
iptables -A INPUT -p icmp --icmp-type ttl-zero-during-transit
iptables -A INPUT -p icmp -m icmp --icmp-type 11
iptables -S INPUT
iptables -L INPUT
iptables -L INPUT -n -v
iptables-save
iptables -C INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -D INPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 256
iptables -A INPUT -p icmp --icmp-type 3/256
iptables -A INPUT -p icmp --icmp-type nosuchtype
iptables -A INPUT -p icmp --icmp-type echo
iptables -A INPUT --icmp-type 8
iptables -A INPUT -p tcp --icmp-type 8
iptables -A INPUT -p icmp --icmpv6-type 128
iptables -S INPUT
