# ipv6header match (IPv6): header names, aliases and numbers, soft mode, errors, listing, -C/-D; not in iptables
ip6tables -A INPUT -m ipv6header --header hop-by-hop
ip6tables -A INPUT -m ipv6header --header hop-by-hop --soft
ip6tables -A INPUT -m ipv6header --header ipv6-nonxt
ip6tables -A INPUT -m ipv6header ! --header ipv6-route,ipv6-frag,esp,ah,ipv6-opts
ip6tables -A INPUT -m ipv6header --header hop,dst,route,frag,auth,esp,none,prot
ip6tables -A INPUT -m ipv6header --header protocol
ip6tables -A INPUT -m ipv6header --header 0,60,43,44,50,51,59,255
ip6tables -A INPUT -m ipv6header --header 6
ip6tables -A INPUT -m ipv6header --header foo
ip6tables -A INPUT -m ipv6header --header ""
ip6tables -A INPUT -m ipv6header --header HOP
ip6tables -A INPUT -m ipv6header --soft
ip6tables -A INPUT -m ipv6header
ip6tables -A INPUT -m ipv6header ! --soft --header ah
ip6tables -A INPUT -m ipv6header --header ah --header esp
ip6tables -A INPUT -m ipv6header --header ah,,esp
ip6tables -A INPUT -m ipv6header --header 256
ip6tables -A INPUT -m ipv6header --header hopopt,TCP
ip6tables -A INPUT -m ipv6header --header HOPOPT -j DROP
ip6tables -A INPUT -m ipv6header --header IPv6-Opts
ip6tables -A INPUT -m ipv6header -h
iptables -A INPUT -m ipv6header --header ah
ip6tables -S
ip6tables -L
ip6tables -L -n
ip6tables-save
ip6tables -C INPUT -m ipv6header --header hop -j DROP
ip6tables -C INPUT -m ipv6header --header hop --soft -j DROP
ip6tables -D INPUT -m ipv6header ! --header 60,43,44,50,51
ip6tables -D INPUT -m ipv6header ! --header 60,43,44,50,51
ip6tables -S INPUT
