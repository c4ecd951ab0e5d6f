# -L, -S and -Z of one chain: read alone (no chain list), with references
# as iptables-nft counts them (the kernel's use count less the chain's own
# rules: jumps from nft rules and verdict maps count too) and without the
# table's note about incompatible base chains, which only a listing of the
# whole table shows
iptables -N X
iptables -A X -j RETURN
iptables -A X -p tcp -j RETURN
iptables -A INPUT -j X
iptables -N Y
iptables -A Y -g X
iptables -N EMPTY
iptables -L X
iptables -L Y -n
iptables -L EMPTY
!nft add chain ip filter nftc
!nft add rule ip filter nftc jump X
!nft add rule ip filter nftc meta mark 1 jump X
iptables -L X -n
!nft add map ip filter vm { type mark : verdict; }
!nft add element ip filter vm { 5 : jump X }
iptables -L X -n
iptables -L -n
!nft add chain ip filter foo { type filter hook input priority 5; }
!nft add rule ip filter foo jump Y
iptables -L X -n
iptables -S X
iptables -L INPUT -n
iptables -S INPUT
iptables -L Y -n -v --line-numbers
iptables -L X 2 -n
iptables -S X 2
iptables -S X 3
iptables -L X -Z -n
iptables -L NOPE
iptables -S NOPE
iptables -L foo
iptables -S foo
iptables -Z NOPE
iptables -L FORWARD -n
iptables -L -n
iptables -S
iptables -L X -n -vv
iptables -t nat -L PREROUTING -n
iptables -t nat -S OUTPUT
iptables -t nat -L X
# a builtin chain the table does not have yet
iptables -t mangle -A PREROUTING -j ACCEPT
iptables -t mangle -L INPUT -n
iptables -t mangle -S FORWARD
# a base chain with a builtin name is read by name, and found incompatible
!nft flush ruleset
!nft add table ip filter
!nft add chain ip filter INPUT { type filter hook input priority 10; }
!nft add chain ip filter FORWARD { type filter hook forward priority 0; policy drop; }
iptables -N X
iptables -A FORWARD -j X
iptables -L X -n
iptables -S X
iptables -L FORWARD -n -v
iptables -L INPUT -n
iptables -S INPUT
iptables -Z X
iptables -L X -vv
iptables -L FORWARD -vv
iptables -L -vv
iptables -S -vv
iptables -L NOPE
iptables -L OUTPUT -n
