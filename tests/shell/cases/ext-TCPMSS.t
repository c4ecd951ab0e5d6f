# TCPMSS target: set-mss (family limits), clamp-mss-to-pmtu, last one wins
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1400
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65515
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65516
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 0
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 100 --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu --set-mss 100
iptables -t mangle -A FORWARD -p tcp -j TCPMSS
iptables -t mangle -A FORWARD -j TCPMSS --set-mss 100
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 100
iptables -t mangle -A INPUT -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 100
iptables -t filter -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t filter -A FORWARD -p tcp --syn -j TCPMSS --set-mss 65535
iptables -t mangle -S FORWARD
iptables -t mangle -L FORWARD
iptables -S FORWARD
ip6tables -t mangle -A FORWARD -p tcp --syn -j TCPMSS --set-mss 65495
ip6tables -t mangle -A FORWARD -p tcp --syn -j TCPMSS --set-mss 65496
ip6tables -t mangle -A FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -S FORWARD
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 100 --set-mss 200
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu --clamp-mss-to-pmtu
iptables -t mangle -A FORWARD -p tcp -j TCPMSS ! --set-mss 1
iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss -1
iptables-save -t mangle
iptables -t mangle -L FORWARD -n -v
iptables -t mangle -C FORWARD -p tcp -j TCPMSS --set-mss 1400
iptables -t mangle -C FORWARD -p tcp -j TCPMSS --set-mss 65535
iptables -t mangle -D FORWARD -p tcp -j TCPMSS --set-mss 100 --clamp-mss-to-pmtu
iptables -t mangle -D FORWARD -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -S FORWARD
ip6tables -t mangle -L FORWARD
ip6tables-save -t mangle
ip6tables -t mangle -D FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -C FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
iptables -j TCPMSS -h
ip6tables -p tcp -j TCPMSS -h
