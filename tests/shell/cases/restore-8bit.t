# Bytes above 127 in a restore file are word characters like any other,
# in and out of quotes (found by tests/fuzz: the scanner's tables were
# 7-bit, and such lines were lost).
iptables-restore <<EOF
*filter
-A INPUT -m comment --comment café -j ACCEPT
-A INPUT -m comment --comment "été à Noël" -j DROP
-N chaîne
-A chaîne -j RETURN
COMMIT
EOF
iptables-save
iptables -S
iptables -L -n
ip6tables-restore --noflush <<EOF
*mangle
-A PREROUTING -m comment --comment "Ωμέγα" -j ACCEPT
COMMIT
EOF
ip6tables-save -t mangle
