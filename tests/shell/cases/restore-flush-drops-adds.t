# A restore block that adds rules to a chain and flushes that chain later:
# iptables-nft 1.8.9 takes the additions out of its batch, so a rule the
# kernel would refuse (REJECT --reject-with tcp-reset without -p tcp) is
# never sent and the block succeeds.  iptnft sends it and reports the
# kernel's refusal, exit 4 (XFAIL, diff mode: not done; the kernel state
# is the same either way when the block succeeds)
iptables -N U1
iptables -A INPUT -j U1
iptables-restore --noflush <<EOF
*filter
-A INPUT -j REJECT --reject-with tcp-reset
-F
COMMIT
EOF
iptables-save
iptables-restore --noflush <<EOF
*filter
-A U1 -s 1.1.1.1 -j REJECT --reject-with tcp-reset
-F U1
-A U1 -s 2.2.2.2 -j ACCEPT
COMMIT
EOF
iptables-save
