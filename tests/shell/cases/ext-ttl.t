# ttl match: ==, !=, <, >, errors, listing, -C/-D; not in the other family
iptables -A INPUT -m ttl --ttl-eq 0
iptables -A INPUT -m ttl --ttl-eq 255
iptables -A INPUT -m ttl ! --ttl-eq 5
iptables -A INPUT -m ttl --ttl-lt 5
iptables -A INPUT -m ttl --ttl-gt 5
iptables -A INPUT -m ttl ! --ttl-lt 5
iptables -A INPUT -m ttl ! --ttl-gt 5
iptables -A INPUT -m ttl --ttl-eq 256
iptables -A INPUT -m ttl --ttl-eq -1
iptables -A INPUT -m ttl --ttl-eq x
iptables -A INPUT -m ttl --ttl-eq 5 --ttl-lt 6
iptables -A INPUT -m ttl --ttl-lt 5 --ttl-gt 6
iptables -A INPUT -m ttl --ttl-eq 5 --ttl-eq 6
iptables -A INPUT -m ttl
iptables -A INPUT -m ttl --ttl-eq 0x10
iptables -A INPUT -m ttl --ttl-lt 7 -j DROP
iptables -A INPUT -m ttl -h
ip6tables -A INPUT -m ttl --ttl-eq 1
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m ttl --ttl-lt 7 -j DROP
iptables -C INPUT -m ttl --ttl-gt 7 -j DROP
iptables -D INPUT -m ttl ! --ttl-eq 5
iptables -D INPUT -m ttl ! --ttl-eq 5
iptables -D INPUT -m ttl --ttl-lt 7 -j DROP
iptables -S
# --ttl: the old name of --ttl-eq
iptables -F INPUT
iptables -A INPUT -m ttl --ttl 5
iptables -A INPUT -m ttl ! --ttl 6
iptables -A INPUT -m ttl --ttl 5 --ttl-eq 3
iptables -A INPUT -m ttl --ttl-gt 5 --ttl 3
iptables -A INPUT -m ttl --ttl 5 --ttl 3
iptables -A INPUT -m ttl --tt 5
iptables -S INPUT
iptables -D INPUT -m ttl --ttl-eq 5
iptables -D INPUT -m ttl ! --ttl 6
iptables -S INPUT
