# iptables-restore -v without --noflush empties the table chain by chain
# at the block's start; the user chains the block makes after that are
# listed by -F, -Z and -X in the order they were made, not sorted.
iptables -N U1
iptables -N K
iptables -A K -j RETURN
iptables-restore -v <<EOF
*filter
:C - [0:0]
:U1 - [0:0]
:A - [0:0]
-N Z
-N B
-F
-Z
-X
COMMIT
EOF
iptables-save
iptables -N U1
iptables-restore -v <<EOF
*filter
:Z - [0:0]
:U1 - [0:0]
-A Z -j ACCEPT
-F
COMMIT
EOF
iptables-save
