# icmp and icmp6 code ranges "type/min:max" (numeric types only): the
# kernel gets the range, save shows the first code as 1.8.9 does
iptables -A INPUT -p icmp --icmp-type 3/1:4
iptables -A INPUT -p icmp --icmp-type 3/4:1
iptables -A INPUT -p icmp --icmp-type 8/0:255
iptables -A INPUT -p icmp --icmp-type 255/0:255
iptables -A INPUT -p icmp --icmp-type 0x3/0x1:0x2
iptables -A INPUT -p icmp ! --icmp-type " 3/ 1"
iptables -A INPUT -p icmp --icmp-type 3/0:254
iptables -A INPUT -p icmp --icmp-type 3/1:4:5
iptables -A INPUT -p icmp --icmp-type 3/:
iptables -A INPUT -p icmp --icmp-type 3/:5
iptables -A INPUT -p icmp --icmp-type 3/5:
iptables -A INPUT -p icmp --icmp-type 3/1x
iptables -A INPUT -p icmp --icmp-type 3/1:4x
iptables -A INPUT -p icmp --icmp-type "3/1:4 "
iptables -A INPUT -p icmp --icmp-type 3/1:256
iptables -A INPUT -p icmp --icmp-type 3/-1
iptables -A INPUT -p icmp --icmp-type 256/1:2
iptables -A INPUT -p icmp --icmp-type echo-request/0:3
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/2:3
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/0:255
ip6tables -A INPUT -p icmpv6 --icmpv6-type 255/0:255
ip6tables -A INPUT -p icmpv6 --icmpv6-type 3/4:1
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/2x
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/2:3:4
iptables -S
iptables -L -n
iptables -L
ip6tables-save
ip6tables -L -n -v
iptables -D INPUT -p icmp --icmp-type 3/1:4
iptables -C INPUT -p icmp --icmp-type 3/4:1
iptables -C INPUT -p icmp --icmp-type 3/4
iptables -S INPUT
