# recent match (revision 1): operations, modifiers, names, sides, masks, errors, listing, -C/-D
iptables -A INPUT -m recent --set
iptables -A INPUT -m recent ! --set --name foo
iptables -A INPUT -m recent --rcheck --seconds 60 --hitcount 5 --name bar --rdest
iptables -A INPUT -m recent --update --seconds 60 --reap --rttl
iptables -A INPUT -m recent --remove --rsource
iptables -A INPUT -m recent ! --rcheck --mask 255.255.255.0
iptables -A INPUT -m recent ! --update --mask 255.0.255.0
iptables -A INPUT -m recent --set --rcheck
iptables -A INPUT -m recent --set --update
iptables -A INPUT -m recent --set --remove
iptables -A INPUT -m recent --rcheck --remove
iptables -A INPUT -m recent
iptables -A INPUT -m recent --name foo
iptables -A INPUT -m recent --set --seconds 5
iptables -A INPUT -m recent --set --hitcount 5
iptables -A INPUT -m recent --set --rttl
iptables -A INPUT -m recent --set --reap
iptables -A INPUT -m recent --rcheck --reap
iptables -A INPUT -m recent --rcheck --hitcount 65536
iptables -A INPUT -m recent --rcheck --hitcount 65535
iptables -A INPUT -m recent --rcheck --hitcount 0
iptables -A INPUT -m recent --rcheck --seconds 4294967296
iptables -A INPUT -m recent --rcheck --seconds 0
iptables -A INPUT -m recent --set --name ""
iptables -A INPUT -m recent --set --name a_b-c.d
iptables -A INPUT -m recent --set --name "a b"
iptables -A INPUT -m recent --set --name 12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890
iptables -A INPUT -m recent --set --rsource --rdest
iptables -A INPUT -m recent --set --rdest --rsource
iptables -A INPUT -m recent --set --mask 24
iptables -A INPUT -m recent --set --mask foo
iptables -A INPUT -m recent --set --mask ::1
iptables -A INPUT -m recent --set ! --name foo
iptables -A INPUT -m recent --set --name foo --name bar
iptables -A INPUT -m recent --set --set
iptables -A INPUT -m recent --rcheck --seconds 5 --seconds 6
iptables -A INPUT -m recent --set --rdest --rdest
iptables -A INPUT -m recent --set --mask localhost
iptables -A INPUT -m recent --rcheck --seconds 4294967295 --hitcount 4294967295
iptables -A INPUT -m recent --set -m recent --rcheck --name x
iptables -A INPUT -m recent -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C INPUT -m recent --set
iptables -C INPUT -m recent --set --name DEFAULT --mask 255.255.255.255 --rsource
iptables -C INPUT -m recent --set --rdest
iptables -D INPUT -m recent ! --update --mask 255.0.255.0
iptables -D INPUT -m recent ! --update --mask 255.0.255.0
iptables -S INPUT
ip6tables -A INPUT -m recent --set
ip6tables -A INPUT -m recent --rcheck --mask ffff:ffff::
ip6tables -A INPUT -m recent --rcheck --mask 255.255.255.0
ip6tables -A INPUT -m recent --update --seconds 10 --reap --hitcount 3 --rttl --name ssh --rdest -j DROP
ip6tables -A INPUT -m recent --set --mask ::ffff
ip6tables -S
ip6tables -L
ip6tables-save
ip6tables -C INPUT -m recent --set
ip6tables -D INPUT -m recent --update --seconds 10 --reap --hitcount 3 --rttl --name ssh --rdest -j DROP
ip6tables -S
