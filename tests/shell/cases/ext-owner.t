# owner match (revision 1): uid/gid by name, number and range, socket, supplementary groups, errors, listing, -C/-D
iptables -A OUTPUT -m owner --uid-owner 0
iptables -A OUTPUT -m owner --uid-owner root
iptables -A OUTPUT -m owner ! --uid-owner 1000-2000
iptables -A OUTPUT -m owner --uid-owner 2000-1000
iptables -A OUTPUT -m owner --uid-owner 4294967295
iptables -A OUTPUT -m owner --uid-owner 4294967294
iptables -A OUTPUT -m owner --uid-owner nosuchuser
iptables -A OUTPUT -m owner --uid-owner -1
iptables -A OUTPUT -m owner --uid-owner 5-
iptables -A OUTPUT -m owner --uid-owner 1:2
iptables -A OUTPUT -m owner --gid-owner 0
iptables -A OUTPUT -m owner --gid-owner root
iptables -A OUTPUT -m owner ! --gid-owner 10-20
iptables -A OUTPUT -m owner --gid-owner nosuchgroup
iptables -A OUTPUT -m owner --gid-owner 5 --suppl-groups
iptables -A OUTPUT -m owner --suppl-groups
iptables -A OUTPUT -m owner ! --suppl-groups --gid-owner 5
iptables -A OUTPUT -m owner --socket-exists
iptables -A OUTPUT -m owner ! --socket-exists
iptables -A OUTPUT -m owner --uid-owner 0 ! --gid-owner 0 --socket-exists --suppl-groups
iptables -A OUTPUT -m owner --uid-owner 0 --uid-owner 1
iptables -A OUTPUT -m owner
iptables -A INPUT -m owner --uid-owner 0
iptables -A OUTPUT -m owner --pid-owner 5
iptables -A OUTPUT -m owner --sid-owner 5
iptables -A OUTPUT -m owner --cmd-owner foo
iptables -A OUTPUT -m owner --uid-owner daemon
iptables -A OUTPUT -m owner --uid-owner 1 --gid-owner 4294967295
iptables -A OUTPUT -m owner -h
iptables -S
iptables -L
iptables -L -n
iptables-save
iptables -C OUTPUT -m owner --uid-owner root
iptables -C OUTPUT -m owner --uid-owner 0-0
iptables -C OUTPUT -m owner --gid-owner 5 --suppl-groups
iptables -D OUTPUT -m owner ! --gid-owner 10:20
iptables -D OUTPUT -m owner ! --gid-owner 10:20
iptables -D OUTPUT -m owner --socket-exists --uid-owner 0 ! --gid-owner 0 --suppl-groups
iptables -S OUTPUT
ip6tables -A OUTPUT -m owner --uid-owner 1000-1999 -j ACCEPT
ip6tables -A OUTPUT -m owner ! --socket-exists -j DROP
ip6tables -A POSTROUTING -t mangle -m owner --gid-owner 0
ip6tables -A FORWARD -m owner --gid-owner 0
ip6tables -S
ip6tables -L
ip6tables -t mangle -L -n
ip6tables-save
ip6tables -D OUTPUT -m owner --uid-owner 1000:1999 -j ACCEPT
ip6tables -S OUTPUT
