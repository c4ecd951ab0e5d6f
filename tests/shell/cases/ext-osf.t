# osf match (IPv4 only): genre, ttl and log levels, !, flags (--genre alone
# sets none), errors, kernel refusals (needs -p tcp, not in OUTPUT)
iptables -A INPUT -p tcp -m osf --genre linux --ttl 0 --log 0
iptables -A INPUT -p tcp -m osf --genre Windows
iptables -A INPUT -p tcp -m osf ! --genre Windows --ttl 2
iptables -A INPUT -p tcp -m osf --genre Windows --log 2
iptables -A FORWARD -p tcp -m osf --genre Windows --ttl 1 --log 1 -j DROP
iptables -A INPUT -p tcp -m osf --genre linux --ttl 0x1
iptables -A INPUT -p tcp -m osf --genre ""
iptables -A INPUT -p tcp -m osf --genre 1234567890123456789012345678901234567890
iptables -A INPUT -p tcp -m osf --genre "two words"
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -p tcp -m osf --genre Windows --log 2
iptables -C INPUT -p tcp -m osf --genre Windows --log 1
iptables -C INPUT -p tcp -m osf --genre Windows --log 2 --ttl 0
iptables -C INPUT -p tcp -m osf --genre 12345678901234567890123456789012
iptables -D INPUT -p tcp -m osf ! --genre Windows --ttl 2
iptables -D INPUT -p tcp -m osf ! --genre Windows --ttl 2
iptables -S INPUT
# errors
iptables -A INPUT -m osf --genre linux --ttl 0 --log 0
iptables -A INPUT -p udp -m osf --genre a
iptables -A OUTPUT -p tcp -m osf --genre a
iptables -A INPUT -p tcp -m osf --genre linux --ttl 3 --log 0
iptables -A INPUT -p tcp -m osf --genre linux --ttl 0 --log 3
iptables -A INPUT -p tcp -m osf --genre linux --ttl -1
iptables -A INPUT -p tcp -m osf --genre linux --ttl x
iptables -A INPUT -p tcp -m osf --genre a --genre b
iptables -A INPUT -p tcp -m osf ! --ttl 1 --genre a
iptables -A INPUT -p tcp -m osf ! --log 1 --genre a
iptables -A INPUT -p tcp -m osf --ttl 1
iptables -A INPUT -p tcp -m osf
iptables -A INPUT -p tcp -m osf --genre a --ttl 1 --ttl 2
iptables -A INPUT -p tcp -m osf --genre a --log
iptables -A INPUT -m osf -h
ip6tables -A INPUT -p tcp -m osf --genre linux
ip6tables -m osf -h
iptables -S
