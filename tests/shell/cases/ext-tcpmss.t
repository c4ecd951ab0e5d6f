# tcpmss match (compat): MSS ranges; the kernel refuses it without -p tcp
iptables -A INPUT -p tcp -m tcpmss --mss 42
iptables -A INPUT -p tcp -m tcpmss ! --mss 42:12345
iptables -A INPUT -p tcp -m tcpmss --mss :5
iptables -A INPUT -p tcp -m tcpmss --mss 5:
iptables -A INPUT -p tcp -m tcpmss --mss 0:65535
iptables -A INPUT -p tcp -m tcpmss --mss 7:7 -j DROP
iptables -A INPUT -p tcp -m tcpmss --mss 0x10
iptables -A INPUT -p tcp -m tcpmss --mss 42:65536
iptables -A INPUT -m tcpmss --mss 42
iptables -A INPUT -p tcp -m tcpmss --mss 5:3
iptables -A INPUT -p tcp -m tcpmss
iptables -A INPUT -p tcp -m tcpmss --mss 5 --mss 6
iptables -A INPUT -p tcp -m tcpmss --mss x
iptables -A INPUT -p tcp -m tcpmss --mss 1:2:3
iptables -A INPUT -p tcp -m tcpmss --mss -1
ip6tables -A OUTPUT -p tcp -m tcpmss --mss 1400:1500
ip6tables -A OUTPUT -p udp -m tcpmss --mss 1400
iptables -S
iptables -L -n
iptables -L -v
iptables-save
ip6tables -L -n -v
ip6tables-save
iptables -D INPUT -p tcp -m tcpmss ! --mss 42:12345
iptables -C INPUT -p tcp -m tcpmss --mss 42
iptables -C INPUT -p tcp -m tcpmss ! --mss 42
iptables -S INPUT
iptables -p tcp -m tcpmss -h
