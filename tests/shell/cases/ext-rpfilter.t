# rpfilter match: flags, tables and hooks the kernel allows, errors, listing, -C/-D
iptables -t mangle -A PREROUTING -m rpfilter
iptables -t mangle -A PREROUTING -m rpfilter --loose
iptables -t mangle -A PREROUTING -m rpfilter --validmark --accept-local --invert
iptables -t mangle -A PREROUTING -m rpfilter --loose --validmark --accept-local --invert
iptables -t mangle -A PREROUTING -m rpfilter ! --loose
iptables -t mangle -A PREROUTING -m rpfilter --loose --loose
iptables -t raw -A PREROUTING -m rpfilter --invert
iptables -A INPUT -m rpfilter
iptables -t mangle -A INPUT -m rpfilter
iptables -t mangle -A PREROUTING -m rpfilter --invert --loose -j DROP
iptables -t mangle -A PREROUTING -m rpfilter -h
iptables -t mangle -S
iptables -t mangle -L
iptables -t raw -L -n
iptables-save
iptables -t mangle -C PREROUTING -m rpfilter --loose --invert -j DROP
iptables -t mangle -C PREROUTING -m rpfilter --loose -j DROP
iptables -t mangle -D PREROUTING -m rpfilter --validmark --invert --accept-local
iptables -t mangle -D PREROUTING -m rpfilter --validmark --invert --accept-local
iptables -t mangle -S PREROUTING
ip6tables -t raw -A PREROUTING -m rpfilter --loose --validmark -j DROP
ip6tables -t mangle -A PREROUTING -m rpfilter --accept-local
ip6tables -A FORWARD -m rpfilter
ip6tables -t raw -S
ip6tables -t mangle -L
ip6tables-save
ip6tables -t raw -D PREROUTING -m rpfilter --loose --validmark -j DROP
ip6tables -t raw -S
