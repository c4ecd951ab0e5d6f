# set match (compat revision 4): sets made with ipset in the namespace;
# the match names them by kernel index, so reading back asks ipset again
!ipset create foo hash:ip
!ipset create bar hash:ip,port
!ipset create six hash:ip family inet6
iptables -A INPUT -m set --match-set foo src
iptables -A INPUT -m set ! --match-set foo src,dst
iptables -A INPUT -m set --match-set bar dst,src --return-nomatch
iptables -A INPUT -m set --match-set foo src ! --update-counters ! --update-subcounters
iptables -A INPUT -m set --match-set foo src --packets-gt 5 ! --bytes-eq 3
iptables -A INPUT -m set --match-set foo src ! --packets-eq 5 --bytes-lt 100
iptables -A INPUT -m set --match-set foo src --packets-lt 0 --bytes-gt 18446744073709551615
iptables -A INPUT -m set --match-set foo src --bytes-eq 0x10 --update-counters --update-subcounters
iptables -A INPUT -m set --match-set foo dst,dst,src,src,dst,src
iptables -A INPUT -p tcp -m set --match-set bar src,src -j DROP
iptables -A INPUT -m set --set foo src
iptables -A INPUT -m set --set foo
iptables -A INPUT -m set --match-set nope src
iptables -A INPUT -m set --match-set foo
iptables -A INPUT -m set --match-set foo -p tcp
iptables -A INPUT -m set --match-set foo src,dst,src,dst,src,dst,src
iptables -A INPUT -m set --match-set foo xx
iptables -A INPUT -m set --match-set foo src --match-set foo dst
iptables -A INPUT -m set --set foo src --match-set foo dst
iptables -A INPUT -m set --match-set 123456789012345678901234567890123 src
iptables -A INPUT -m set --match-set foo src ! --return-nomatch
iptables -A INPUT -m set --match-set foo src --packets-lt 5 --packets-gt 3
iptables -A INPUT -m set --match-set foo src --packets-eq 5 ! --packets-lt 3
iptables -A INPUT -m set --match-set foo src ! --packets-lt 5
iptables -A INPUT -m set --match-set foo src ! --bytes-gt 5
iptables -A INPUT -m set --match-set foo src --bytes-eq 5 --bytes-gt 6
iptables -A INPUT -m set --match-set foo src --bytes-gt x
iptables -A INPUT -m set --match-set foo src --bytes-eq 18446744073709551616
iptables -A INPUT -m set --match-set foo src --bytes-eq -1
iptables -A INPUT -m set --match-set foo src --bytes-eq ""
iptables -A INPUT -m set --packets-gt 5
iptables -A INPUT -m set
iptables -A INPUT -m set --match-set six src
ip6tables -A INPUT -m set --match-set six src,dst
ip6tables -A INPUT -m set --match-set foo src
ip6tables -A INPUT -m set ! --match-set six dst --return-nomatch --bytes-lt 7
iptables -S
iptables -L -n
iptables -L -v -n --line-numbers
iptables-save
ip6tables -S
ip6tables -L
iptables -D INPUT -m set --match-set foo src ! --update-counters ! --update-subcounters
iptables -C INPUT -m set ! --match-set foo src,dst
iptables -C INPUT -m set ! --match-set foo dst,dst
iptables -D INPUT -m set --match-set foo src --packets-gt 6 ! --bytes-eq 3
iptables -S INPUT
iptables-restore --noflush <<EOF
*filter
-A FORWARD -m set --match-set bar src,dst -j ACCEPT
-A FORWARD -m set --match-set nope src -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<EOF
*filter
-A FORWARD -m set --match-set bar src,dst -j ACCEPT
COMMIT
EOF
iptables-save -t filter
iptables -m set -h
