# iptables-restore --noflush, --counters, --table, --test
iptables -A INPUT -s 9.9.9.9 -j DROP
iptables-restore --noflush <<EOF
*filter
:USER - [0:0]
-A INPUT -s 1.1.1.1 -j USER
COMMIT
EOF
iptables-save
iptables-restore -n <<EOF
*filter
-I INPUT -s 2.2.2.2
-D INPUT -s 9.9.9.9 -j DROP
COMMIT
EOF
iptables -S
iptables-restore -c <<EOF
*filter
:INPUT ACCEPT [5:500]
:FORWARD DROP [6:600]
[7:700] -A INPUT -s 3.3.3.3
-A INPUT -s 4.4.4.4 -c 8 800
[9:900] -A INPUT -s 5.5.5.5 -j ACCEPT
COMMIT
EOF
iptables-save -c
iptables-restore <<EOF
*filter
[7:700] -A INPUT -s 3.3.3.3
COMMIT
EOF
iptables-save -c
iptables-restore -T nat <<EOF
*filter
-A INPUT -s 6.6.6.6
COMMIT
*nat
-A PREROUTING -s 6.6.6.6
COMMIT
EOF
iptables-save
iptables-restore --test <<EOF
*filter
-A INPUT -s 7.7.7.7
COMMIT
EOF
iptables-restore -t <<EOF
*filter
-A INPUT -j NOPE
COMMIT
EOF
iptables -S
iptables-restore -w 5 -W 1000 <<EOF
*filter
COMMIT
EOF
iptables-restore --noflush --counters --test <<EOF
*raw
:PREROUTING ACCEPT [1:2]
COMMIT
EOF
iptables-restore -h
iptables-restore -V
iptables-restore --bogus
iptables-restore /nonexistent/file
iptables-save
