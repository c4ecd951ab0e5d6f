# ah match (IPv4 ipt_ah, IPv6 ip6t_ah): spi ranges, length, reserved, errors
iptables -A INPUT -p ah -m ah --ahspi 0
iptables -A INPUT -p ah -m ah --ahspi 4294967295
iptables -A INPUT -p ah -m ah ! --ahspi 0
iptables -A INPUT -p ah -m ah --ahspi -1
iptables -A INPUT -p ah -m ah --ahspi 4294967296
iptables -A INPUT -p ah -m ah --ahspi invalid
iptables -A INPUT -p ah -m ah --ahspi 0:invalid
iptables -A INPUT -m ah --ahspi 0
iptables -A INPUT -m ah --ahspi
iptables -A INPUT -m ah
iptables -A INPUT -p ah -m ah
iptables -A INPUT -p ah -m ah --ahspi :
iptables -A INPUT -p ah -m ah --ahspi :3
iptables -A INPUT -p ah -m ah --ahspi 3:
iptables -A INPUT -p ah -m ah --ahspi 3:3
iptables -A INPUT -p ah -m ah --ahspi 3:4 --ahspi 5
iptables -A INPUT -p ah -m ah ! --ahspi 0x10:0x20
iptables -A INPUT -p ah -m ah ! --ahspi 1:2:3
iptables -A INPUT -p ah -m ah --ahlen 5
iptables -A INPUT -p ah --ahspi 7
iptables -A INPUT -p ah -m ah -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -p ah -m ah ! --ahspi 16:32
iptables -C INPUT -p ah -m ah ! --ahspi 16:33
iptables -D INPUT -p ah -m ah --ahspi 3:3
iptables -D INPUT -p ah -m ah --ahspi 3:3
iptables -S INPUT
ip6tables -A INPUT -m ah --ahspi 0
ip6tables -A INPUT -m ah --ahres
ip6tables -A INPUT -m ah ! --ahres
ip6tables -A INPUT -m ah --ahlen 32
ip6tables -A INPUT -m ah ! --ahlen 32
ip6tables -A INPUT -m ah --ahlen 4294967296
ip6tables -A INPUT -m ah --ahlen -1
ip6tables -A INPUT -m ah --ahlen 0
ip6tables -A INPUT -m ah --ahlen 1:2
ip6tables -A INPUT -m ah --ahlen 1 --ahlen 2
ip6tables -A INPUT -m ah --ahres --ahres
ip6tables -A INPUT -m ah ! --ahspi 5:6 ! --ahlen 7 --ahres
ip6tables -A INPUT -m ah
ip6tables -A INPUT -p ah -m ah --ahspi 1
ip6tables -A INPUT -p ah --ahspi 1
ip6tables -A INPUT -m ah -h
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m ah ! --ahspi 5:6 ! --ahlen 7 --ahres
ip6tables -C INPUT -m ah ! --ahspi 5:6 --ahlen 7 --ahres
ip6tables -D INPUT -m ah --ahres
ip6tables -D INPUT -m ah --ahres
ip6tables -D INPUT -m ah ! --ahspi 5:6 ! --ahlen 7 --ahres
ip6tables -S
