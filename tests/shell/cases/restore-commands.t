# iptables-restore: every command in a restore file, against the rules the
# block added so far (the table is replaced: no kernel rules)
iptables-restore <<EOF
*filter
:USER - [0:0]
-A INPUT -s 1.1.1.1
-A INPUT -s 2.2.2.2
-I INPUT 2 -s 3.3.3.3
-I INPUT 4 -s 4.4.4.4
-I INPUT -s 5.5.5.5
-I INPUT 1 -s 6.6.6.6,6.6.6.7
-I INPUT 3 -s 7.7.7.1,7.7.7.2 -d 8.8.8.8
-D INPUT -s 3.3.3.3
-D INPUT 1
-C INPUT -s 1.1.1.1
-A USER -j RETURN
-I USER 2 -s 9.9.9.9 -j DROP
-A OUTPUT -p tcp --dport 22 -j USER
-D OUTPUT -p tcp --dport 22 -j USER
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-D INPUT -s 1.1.1.1
-A INPUT -s 2.2.2.2
-A INPUT -s 3.3.3.3,4.4.4.4
-D INPUT -s 3.3.3.3,4.4.4.4
COMMIT
EOF
iptables-save
# failures: the line, and nothing done
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-A INPUT -s 2.2.2.2
-I INPUT 2 -s 3.3.3.3
-I INPUT 5 -s 4.4.4.4
COMMIT
EOF
iptables-restore <<EOF
*filter
-D INPUT -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-D NOPE -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-D INPUT 1
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT
-D INPUT 2
COMMIT
EOF
iptables-restore <<EOF
*filter
-R INPUT 1 -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-R INPUT 1 -s 1.1.1.1,2.2.2.2
COMMIT
EOF
iptables-restore <<EOF
*filter
-C INPUT -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-C INPUT -s 1.1.1.1,1.1.1.2
COMMIT
EOF
iptables-restore <<EOF
*filter
-I INPUT 2 -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-I NOPE 1 -s 1.1.1.1
COMMIT
EOF
iptables-restore <<EOF
*filter
-I NOPE 3 -s 1.1.1.1
COMMIT
EOF
iptables-save
# chains
iptables-restore <<EOF
*filter
-N FOO
-N FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
:FOO -
-N FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
-N INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
-X FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
-X INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
-N FOO
-N BAR
-A FOO -j BAR
-X BAR
COMMIT
EOF
iptables-restore <<EOF
*filter
-N FOO
-A FOO -j ACCEPT
-X FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
-N FOO
-N BAR
-X FOO
-X
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-N FOO
-E FOO BAR
COMMIT
EOF
iptables-restore <<EOF
*filter
-N FOO
-N BAR
-E FOO BAR
COMMIT
EOF
iptables-restore <<EOF
*filter
-E NOPE X
COMMIT
EOF
iptables-restore <<EOF
*filter
-E NOPE INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
-F NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-A FORWARD -s 1.1.1.1
-F FORWARD
-A FORWARD -s 2.2.2.2
-F INPUT
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-N A
-A A -s 1.1.1.1
-A FORWARD -s 2.2.2.2
-F
-A A -s 3.3.3.3
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-F
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-X
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-Z
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
-Z NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-Z INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.1.1.1
-Z INPUT
-Z INPUT 5
-Z
COMMIT
EOF
iptables-save -c
iptables-restore <<EOF
*filter
-P INPUT DROP
-P OUTPUT -
-P FORWARD BOGUS
COMMIT
EOF
iptables-restore <<EOF
*filter
-P NOPE DROP
COMMIT
EOF
iptables-restore <<EOF
*filter
-P NOPE BOGUS
COMMIT
EOF
iptables-restore <<EOF
*filter
-P INPUT DROP
-P OUTPUT -
COMMIT
EOF
iptables-save
# jumps are checked at COMMIT (and reported at its line)
iptables-restore <<EOF
*filter
-A INPUT -j FOO
:FOO -
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -j NOPE
-A INPUT -s 1.1.1.1/33
COMMIT
EOF
iptables-restore <<EOF
*filter
-A NOPE -j ACCEPT
-A INPUT -s 1.1.1.1
-A INPUT -g NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -g NOPE
-A NOPE -j ACCEPT
COMMIT
EOF
iptables-restore <<EOF
*filter
-D INPUT -j NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-I INPUT -j NOPE
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -j OUTPUT
-A INPUT -j FORWARD
COMMIT
EOF
iptables-save
