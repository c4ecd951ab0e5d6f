# iptables-restore: tables, chains, COMMIT, and lines where they do not belong
iptables -A INPUT -s 9.9.9.9
iptables-restore <<EOF
COMMIT
EOF
iptables-restore <<EOF


COMMIT
EOF
iptables-restore <<EOF
-A INPUT -j ACCEPT
EOF
iptables-restore <<EOF
:INPUT ACCEPT
EOF
iptables-restore <<EOF
*filter
COMMIT
-A INPUT
EOF
iptables-restore <<EOF
*filter
COMMIT
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*foo
COMMIT
EOF
iptables-restore <<EOF
*
COMMIT
EOF
iptables-restore <<EOF
* filter
-A INPUT -s 1.0.0.1
COMMIT
EOF
iptables-restore <<EOF
*filter extra words
-A INPUT -s 1.0.0.2
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*filter
*nat
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.0.0.3
COMMIT extra
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.0.0.3
COMMITTED
EOF
iptables-restore <<EOF
*filter
-A INPUT -s 1.0.0.3
 COMMIT
EOF
# no COMMIT: nothing happens
iptables-restore <<EOF
*filter
-A INPUT -s 1.0.0.4
EOF
iptables-restore <<EOF
*nat
-A PREROUTING -s 1.0.0.4
COMMIT
*filter
-A INPUT -s 1.0.0.5
EOF
iptables-save
# chain lines
iptables-restore <<EOF
*filter
:
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT
COMMIT
EOF
iptables-restore <<EOF
*filter
:FOO
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT BOGUS [0:0]
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT RETURN
COMMIT
EOF
iptables-restore <<EOF
*filter
:INPUT -
:-FOO -
COMMIT
EOF
iptables-restore <<EOF
*filter
:!FOO -
COMMIT
EOF
iptables-restore <<EOF
*filter
:aaaaaaaaaaaaaaaaaaaaaaaaaaaaa -
COMMIT
EOF
iptables-restore <<EOF
*filter
:ACCEPT -
COMMIT
EOF
iptables-restore <<EOF
*filter
:QUEUE -
COMMIT
EOF
iptables-restore <<EOF
*filter
:aaaaaaaaaaaaaaaaaaaaaaaaaaaa whatever [x:y] more
:LOG -
:tcp -
:PREROUTING DROP
:INPUT - [1:1]
:INPUT DROP [0:0] x
:OUTPUT	DROP	[0:0]
COMMIT
EOF
iptables-save
iptables-restore <<EOF
*nat
:INPUT DROP
:OUTPUT ACCEPT
COMMIT
*mangle
:PREROUTING DROP
COMMIT
*raw
:OUTPUT ACCEPT
COMMIT
*security
:FORWARD DROP
COMMIT
EOF
iptables-save
# a table the file names replaces only that table
iptables-restore <<EOF
*mangle
COMMIT
EOF
iptables-save
# one block failing leaves the earlier ones done
iptables-restore <<EOF
*filter
-A INPUT -s 2.0.0.1
COMMIT
*nat
-A POSTROUTING -s 2.0.0.2
COMMIT
*raw
-A NOPE -s 2.0.0.3
COMMIT
*mangle
-A INPUT -s 2.0.0.4
COMMIT
EOF
iptables-save
# -T: only that table; the other blocks are not even read
iptables-restore -T nat <<EOF
*filter
-A INPUT --bogus
COMMIT
*nat
-A POSTROUTING -s 3.0.0.1
COMMIT
*raw
:NOPE
COMMIT
EOF
iptables-save
iptables-restore -T nat <<EOF
-A INPUT
*filter
EOF
iptables-restore -T foo <<EOF
*filter
-A INPUT -s 3.0.0.2
COMMIT
*bar
COMMIT
EOF
iptables-restore --table=raw <<EOF
*raw
-A PREROUTING -s 3.0.0.3
COMMIT extra
EOF
iptables-save
