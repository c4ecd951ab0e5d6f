# frag match (IPv6): id ranges, length, flags, exclusions, errors, listing, -C/-D; not in iptables
ip6tables -A INPUT -m frag --fragid 1
ip6tables -A INPUT -m frag ! --fragid 1:100
ip6tables -A INPUT -m frag --fragid :100
ip6tables -A INPUT -m frag --fragid 100:
ip6tables -A INPUT -m frag --fragid 0:4294967295
ip6tables -A INPUT -m frag --fraglen 8
ip6tables -A INPUT -m frag ! --fraglen 8
ip6tables -A INPUT -m frag --fragres
ip6tables -A INPUT -m frag --fragfirst
ip6tables -A INPUT -m frag --fragmore
ip6tables -A INPUT -m frag --fraglast
ip6tables -A INPUT -m frag --fragmore --fraglast
ip6tables -A INPUT -m frag --fragfirst --fragmore
ip6tables -A INPUT -m frag ! --fragres
ip6tables -A INPUT -m frag
ip6tables -A INPUT -m frag --fragid 1 --fraglen 2 --fragres --fragfirst --fragmore
ip6tables -A INPUT -m frag --fragid x
ip6tables -A INPUT -m frag --fraglen x
ip6tables -A INPUT -m frag --fragid 1 --fragid 2
ip6tables -A INPUT -m frag --fraglen 4294967296
iptables -A INPUT -m frag --fragid 1
ip6tables -A INPUT -m frag -h
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m frag --fragfirst --fragmore
ip6tables -C INPUT -m frag --fragfirst --fraglast
ip6tables -D INPUT -m frag ! --fragid 1:100
ip6tables -D INPUT -m frag ! --fragid 1:100
ip6tables -S INPUT
