# ip6tables commands and errors mirror iptables
ip6tables -N USER
ip6tables -A INPUT -j USER
ip6tables -I INPUT 1 -s 2001:db8::/48
ip6tables -I INPUT 5 -s 2001:db8::/48
ip6tables -R INPUT 2 -j RETURN
ip6tables -A USER -d ::1 -c 1234567 7654321
ip6tables -L -v
ip6tables -L -v -x
ip6tables -P FORWARD DROP
ip6tables -P USER DROP
ip6tables -X USER
ip6tables -E USER RENAMED
ip6tables -S
ip6tables -Z INPUT 1
ip6tables -F INPUT
ip6tables -X RENAMED
ip6tables -A INPUT -o lo
ip6tables -A OUTPUT -i lo
ip6tables -t nat -L -n
ip6tables -t mangle -L -n
ip6tables -t raw -L -n
ip6tables -t security -L -n
ip6tables -t foo -L
ip6tables -t nat -A POSTROUTING -d 2001:db8::1
ip6tables -L NOPE
ip6tables -D INPUT 3
ip6tables -A NOPE -j ACCEPT
ip6tables -A INPUT -j NOPE
ip6tables -S
ip6tables-save -c
iptables-save
