# A restore block that sets a builtin chain's policy and then zeroes it
# (-Z, -Z CHAIN): iptables-nft 1.8.9 writes the chain again with the
# policy of its cache (the one before the block), so the new policy is
# lost.  iptables-legacy and iptnft keep it (XFAIL, diff mode: a 1.8.9
# bug not copied)
iptables -A OUTPUT -j ACCEPT
iptables-restore --noflush <<EOF
*filter
-P OUTPUT DROP
-Z
COMMIT
EOF
iptables -S OUTPUT
iptables-restore --noflush <<EOF
*filter
:FORWARD DROP [0:0]
-Z FORWARD
COMMIT
EOF
iptables -S FORWARD
