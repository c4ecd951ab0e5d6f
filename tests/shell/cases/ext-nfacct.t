# nfacct match (revision 1): this namespace has no accounting objects (they
# are made over nfnetlink_acct, not by iptables or nft), so the kernel
# refuses every rule; what is compared is parsing and the errors
iptables -A INPUT -m nfacct --nfacct-name test
iptables -A INPUT -m nfacct --nfacct-name 12345678901234567890123456789012345
iptables -A INPUT -m nfacct
iptables -A INPUT -m nfacct ! --nfacct-name x
iptables -A INPUT -m nfacct --nfacct-name ""
iptables -A INPUT -m nfacct --nfacct-name a --nfacct-name b
iptables -A INPUT -m nfacct --nfacct-name
iptables -A INPUT -m nfacct -h
iptables -C INPUT -m nfacct --nfacct-name test
iptables -D INPUT -m nfacct --nfacct-name test
iptables -S
ip6tables -A INPUT -m nfacct --nfacct-name six -j DROP
ip6tables -A INPUT -m nfacct
ip6tables -A INPUT -m nfacct -h
ip6tables -S
