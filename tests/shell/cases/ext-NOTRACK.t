# NOTRACK: an alias of CT --notrack (CT rev 2 with the alias flag); lists
# as CT, saves as NOTRACK, is not the same rule as CT --notrack
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A OUTPUT -p udp --dport 53 -j NOTRACK
iptables -t raw -A OUTPUT -j CT --notrack
iptables -t raw -A OUTPUT -j NOTRACK --notrack
iptables -t raw -A OUTPUT -j NOTRACK -j CT
iptables -t mangle -A PREROUTING -j NOTRACK
iptables -A INPUT -j NOTRACK
iptables -t raw -v -A OUTPUT -j NOTRACK
iptables -t raw -S
iptables -t raw -L
iptables -t raw -L -n -v
iptables-save -t raw
iptables -t raw -C OUTPUT -j NOTRACK
iptables -t raw -C PREROUTING -j CT --notrack
iptables -t raw -C OUTPUT -p udp --dport 53 -j NOTRACK
iptables -t raw -D OUTPUT -j CT --notrack
iptables -t raw -D OUTPUT -j NOTRACK
iptables -t raw -D PREROUTING -j CT --notrack
iptables -t raw -S
ip6tables -t raw -A PREROUTING -j NOTRACK
ip6tables -t raw -A OUTPUT -j NOTRACK
ip6tables -t raw -D OUTPUT -j NOTRACK
ip6tables -t raw -S
ip6tables -t raw -L
ip6tables-save
iptables-restore <<X
*raw
-A PREROUTING -j NOTRACK
-A PREROUTING -j CT --notrack
COMMIT
X
iptables-save -t raw
iptables -j NOTRACK -h
