# The kernel lists the chains of every table of a family together, table
# after table; a command about one table reads them only up to the end of
# its own: whichever order the tables were made in, none is missed
iptables -t nat -N N1
iptables -t nat -N N2
iptables -t nat -A N1 -j N2
iptables -N F1
iptables -A INPUT -j F1
iptables -t mangle -N M1
iptables -L -n
iptables -S
iptables -t nat -S
iptables -t mangle -L -n
iptables-save -t filter
iptables-save -t nat
iptables-save -t raw
iptables -t filter -F -v
iptables -X
iptables -t nat -F
iptables -t nat -X
iptables-save
!nft flush ruleset
iptables -N F1
iptables -t mangle -N M1
iptables -t nat -N N1
iptables -t nat -A N1 -j RETURN
iptables -t nat -S
iptables -t mangle -S
iptables -S
iptables-save -t nat
iptables -t nat -F
iptables -t nat -F -v
iptables -t mangle -X
iptables-save
!nft flush ruleset
!nft add table ip filter
iptables -t nat -N N1
iptables -L -n
iptables -S
iptables -F
iptables-save -t filter
ip6tables -N S6
ip6tables -t nat -N N6
ip6tables -S
ip6tables -t nat -S
ip6tables-save -t filter
# -X of every chain deletes them in the kernel's order (made A, C, D, B):
# the first one refused is the one reported (A, not D), and -v names them
# in the listing's order
!nft flush ruleset
iptables -N A
iptables -N C
iptables -N D
iptables -N B
iptables -A A -j D
iptables -X
iptables -N E
iptables -F
iptables -v -X
iptables -S
