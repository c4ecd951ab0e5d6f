# iptables-restore -v: comments are echoed, commands say what they do
iptables -N B
iptables -N A
iptables -A A -s 1.1.1.1
iptables -A INPUT -j A
iptables-restore -v <<EOF
# hello
*filter
:INPUT ACCEPT [0:0]
:FOO - [0:0]
# inside the block
-A INPUT -s 1.1.1.1 -j FOO
-I INPUT -s 1.1.1.2
-A FOO -s 1.1.1.3,1.1.1.4 -d 2.2.2.2 -p tcp --dport 22 -j ACCEPT
-N BAR
-D FOO -s 1.1.1.3 -d 2.2.2.2 -p tcp --dport 22 -j ACCEPT
-C FOO -s 1.1.1.4 -d 2.2.2.2 -p tcp --dport 22 -j ACCEPT
-F FOO
-Z FOO
-X BAR
COMMIT
# bye
EOF
iptables-save
iptables-restore -v <<EOF
*filter
-F
-X
-Z
COMMIT
*nat
COMMIT
EOF
iptables-save
iptables-restore -v -n <<EOF
# noflush: only comments
*filter
:INPUT DROP [0:0]
-A INPUT -s 3.3.3.3
-F INPUT
-A INPUT -s 4.4.4.4 -v
COMMIT
EOF
iptables-save
iptables-restore -v -t <<EOF
# test
*filter
-A INPUT -s 5.5.5.5
COMMIT
EOF
# a failing line: what came before it is printed, then the error
iptables-restore -v <<EOF
*filter
-A INPUT -s 6.6.6.6
-A NOPE -s 6.6.6.7
-A INPUT -s 6.6.6.8
COMMIT
EOF
# a parse error: nothing of the block is printed
iptables-restore -v <<EOF
# before
*filter
-A INPUT -s 7.7.7.7
-A INPUT -s 7.7.7.8/99
COMMIT
EOF
iptables-save
ip6tables-restore -v <<EOF
*filter
-A INPUT -s ::1 -p icmpv6 --icmpv6-type echo-request -j ACCEPT
COMMIT
EOF
