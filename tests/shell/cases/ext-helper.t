# helper match: names, truncation to 29 characters, quoting, errors, listing, -C/-D
iptables -A INPUT -m helper --helper ftp
iptables -A INPUT -m helper ! --helper ftp
iptables -A INPUT -m helper --helper ""
iptables -A INPUT -m helper --helper "ftp-2121"
iptables -A INPUT -m helper --helper 123456789012345678901234567890
iptables -A INPUT -m helper --helper 1234567890123456789012345678901
iptables -A INPUT -m helper --helper "a b"
iptables -A INPUT -m helper --helper ftp --helper sip
iptables -A INPUT -m helper
iptables -A INPUT -m helper --helper 'q"uo\te' -j ACCEPT
iptables -A INPUT -m helper -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m helper --helper 'q"uo\te' -j ACCEPT
iptables -C INPUT -m helper --helper 123456789012345678901234567890123
iptables -D INPUT -m helper ! --helper ftp
iptables -D INPUT -m helper ! --helper ftp
iptables -S INPUT
ip6tables -A INPUT -m helper --helper sip -j DROP
ip6tables -A INPUT -m helper ! --helper "x y"
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -D INPUT -m helper --helper sip -j DROP
ip6tables -S
