# -X and builtin chains.  The command: a builtin chain named goes
# silently (-v names user chains only), not with the policy DROP
# ("Directory not empty."), one with rules is refused by the kernel.
# Restore: -X without a chain deletes the builtin chains that are empty
# (their kernel rules are read for it) with the policy ACCEPT, with or
# without --noflush; -v without --noflush empties the table first, after
# which iptables-nft knows the builtin chains left (DROP) only once the
# block names them in a rule, a policy or -F.
iptables -A INPUT -j ACCEPT
iptables -D INPUT 1
iptables -X INPUT -v
iptables -N U
iptables -X U -v
iptables -P OUTPUT DROP
iptables -X OUTPUT -v
iptables -P OUTPUT ACCEPT
iptables -A OUTPUT -j DROP
iptables -X OUTPUT -v
iptables -X FORWARD
iptables-save
iptables -t mangle -A OUTPUT -j ACCEPT
iptables -t mangle -A POSTROUTING -j ACCEPT
iptables -t mangle -D POSTROUTING 1
iptables-restore --noflush <<EOF
*mangle
:INPUT DROP [0:0]
-A FORWARD -j ACCEPT
-A PREROUTING -j ACCEPT
-D PREROUTING 1
-X
COMMIT
EOF
iptables-save -t mangle
iptables-restore <<EOF
*mangle
:INPUT ACCEPT [0:0]
-A FORWARD -j ACCEPT
-X
COMMIT
EOF
iptables-save -t mangle
iptables -t mangle -P INPUT DROP
iptables -t mangle -N U1
iptables-restore -v <<EOF
*mangle
-X INPUT
COMMIT
EOF
iptables-restore -v <<EOF
*mangle
-Z INPUT
COMMIT
EOF
iptables-restore -v <<EOF
*mangle
-E INPUT FOO
COMMIT
EOF
iptables-restore -v <<EOF
*mangle
-X
COMMIT
EOF
iptables-save -t mangle
iptables -t mangle -P INPUT DROP
iptables-restore -v <<EOF
*mangle
:INPUT DROP [0:0]
-A FORWARD -j ACCEPT
-X
COMMIT
EOF
iptables-save -t mangle
iptables -t mangle -P INPUT DROP
iptables-restore -v <<EOF
*mangle
-F
-X INPUT
COMMIT
EOF
iptables-save -t mangle
