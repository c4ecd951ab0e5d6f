# iptables-restore errors name the failing line
iptables -A INPUT -s 9.9.9.9
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-A INPUT -s 1.1.1.1/33
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-A INPUT -j NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-A NOPE -j ACCEPT
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
EOF
iptables-save
iptables-restore <<EOF
-A INPUT -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*foo
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT BOGUS [0:0]
COMMIT
EOF
iptables-restore <<EOF
*filter
:USER - [x:y]
COMMIT
EOF
iptables-restore <<EOF
*filter
*nat
COMMIT
EOF
iptables-restore <<EOF
*filter
bogus line
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 2.2.2.2
COMMIT
*nat
-A PREROUTING -j DROP
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-A INPUT "-s 3.3.3.3"
-A INPUT -m comment --comment "quoted comment here"
-A INPUT -m comment --comment 'single quoted'
-A INPUT -m comment --comment "unterminated
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -m comment --comment "quoted comment here"
-A INPUT -m comment --comment 'single quoted'
-A INPUT -m comment --comment "esc\"aped"
COMMIT
EOF
iptables-save
