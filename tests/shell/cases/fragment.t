# -f / ! -f
iptables -A INPUT -f
iptables -A INPUT ! -f
iptables -A INPUT -f -s 1.2.3.4 -j DROP
iptables -A INPUT -f -p udp
iptables -A INPUT -f -p tcp --dport 80
iptables -A INPUT --fragment
iptables -A INPUT -f -f
iptables -S
iptables -L -n
iptables -L -v
iptables -C INPUT -f
iptables -C INPUT ! -f
iptables -D INPUT ! -f
iptables -C INPUT ! -f
iptables-save
ip6tables -A INPUT -f
ip6tables -S
# --fragments: another name of --fragment
iptables -A INPUT --fragments
iptables -A INPUT ! --fragments -j DROP
iptables -A INPUT --fragm
iptables -A INPUT -f --fragments
ip6tables -A INPUT --fragments
iptables -S INPUT
iptables -D INPUT --fragments
iptables -S INPUT
