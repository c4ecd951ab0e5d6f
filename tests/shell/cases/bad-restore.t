# Bad input catalogue: broken restore files.  Each must give the oracle's
# message (with its line number) and exit status and leave the kernel as
# it was: rules are put in first.
iptables-restore <<END
*filter
:INPUT DROP [5:50]
:KEEP - [0:0]
[3:30] -A INPUT -s 192.0.2.1 -j KEEP
-A KEEP -j RETURN
COMMIT
*nat
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
END
# no COMMIT at the end
iptables-restore <<END
*filter
-A INPUT -s 192.0.2.2 -j ACCEPT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.2 -j ACCEPT
END
iptables-restore --test <<END
*filter
-A INPUT -s 192.0.2.2 -j ACCEPT
END
iptables-restore <<END
*filter
-A INPUT -s 192.0.2.2 -j ACCEPT
COMMIT
*nat
-A POSTROUTING -j ACCEPT
END
# COMMIT without a table, rule before a table, unknown table
iptables-restore <<END
COMMIT
END
iptables-restore <<END
-A INPUT -j ACCEPT
*filter
COMMIT
END
iptables-restore <<END
:INPUT ACCEPT [0:0]
END
iptables-restore <<END
*nosuchtable
COMMIT
END
iptables-restore <<END
*
COMMIT
END
iptables-restore <<END
*filter
*nat
COMMIT
END
iptables-restore --noflush <<END
*FILTER
COMMIT
END
# chain lines
iptables-restore <<END
*filter
:INPUT BOGUS [0:0]
COMMIT
END
iptables-restore <<END
*filter
:INPUT
COMMIT
END
iptables-restore <<END
*filter
:
COMMIT
END
iptables-restore <<END
*filter
:KEEP ACCEPT [0:0]
COMMIT
END
iptables-restore <<END
*filter
:CCCCCCCCCCCCCCCCCCCCCCCCCCCCC - [0:0]
COMMIT
END
iptables-restore <<END
*filter
:-x - [0:0]
COMMIT
END
iptables-restore <<END
*filter
:ACCEPT - [0:0]
COMMIT
END
iptables-restore <<END
*filter
:INPUT RETURN [0:0]
COMMIT
END
# counters
iptables-restore -c <<END
*filter
:INPUT ACCEPT [x:y]
COMMIT
END
iptables-restore -c <<END
*filter
:INPUT ACCEPT [1:2
COMMIT
END
iptables-restore -c <<END
*filter
:INPUT ACCEPT [18446744073709551616:1]
COMMIT
END
iptables-restore -c <<END
*filter
:INPUT ACCEPT [18446744073709551615:18446744073709551615]
COMMIT
END
iptables-restore -c <<END
*filter
:INPUT ACCEPT [-1:-1]
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[x:y] -A INPUT -j ACCEPT
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[1:2 -A INPUT -j ACCEPT
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[1] -A INPUT -j ACCEPT
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[18446744073709551616:1] -A INPUT -s 192.0.2.3 -j ACCEPT
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[99999999999999999999999999:99999999999999999999999999] -A INPUT -s 192.0.2.4 -j ACCEPT
COMMIT
END
iptables-restore -c --noflush <<END
*filter
[1:2]-A INPUT -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -c 18446744073709551616 1 -s 192.0.2.5 -j ACCEPT
COMMIT
END
iptables -A INPUT -c 18446744073709551616 99999999999999999999999 -s 192.0.2.6
# bad rule lines: the error names the line
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.7 -j ACCEPT
-A INPUT -p tcp --dport 65536 -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.7 -j ACCEPT
-A INPUT -m nosuchmatch -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.7 -j ACCEPT
-A INPUT -j NOSUCHCHAIN
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.7 -j ACCEPT
-A NOSUCHCHAIN -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.7 -j ACCEPT
-A INPUT -s 192.0.2.8 "unterminated
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -m comment --comment "$(printf 'x%.0s' $(seq 300))" -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -t nat -j ACCEPT
COMMIT
END
iptables-restore --noflush <<END
*filter
-F INPUT -s 1.1.1.1
COMMIT
END
iptables-restore --noflush <<END
*filter
-P INPUT BOGUS
COMMIT
END
iptables-restore --noflush <<END
*filter
-X INPUT
COMMIT
END
iptables-restore --noflush <<END
*filter
-A INPUT -s 192.0.2.9 -j ACCEPT
COMMIT
*filter
-A INPUT -p tcp --dport 65536
COMMIT
END
iptables-restore --test <<END
*filter
-A INPUT -p tcp --dport 65536
COMMIT
END
iptables-restore --noflush --test <<END
*filter
-A INPUT -j NOSUCHCHAIN
COMMIT
END
iptables-restore --test <<END
*filter
-A NOSUCHCHAIN -j ACCEPT
COMMIT
END
# other lines
iptables-restore <<END
*filter
garbage
COMMIT
END
iptables-restore <<END
*filter
COMMIT x
END
iptables-restore <<END
*filter
 -A INPUT -j ACCEPT
COMMIT
END
iptables-restore <<END
	*filter
COMMIT
END
iptables-restore <<END
*filter
COMMITX
END
ip6tables-restore <<END
*filter
-A INPUT -s 1.2.3.4 -j ACCEPT
COMMIT
END
ip6tables-restore <<END
*nat
-A PREROUTING -j DROP
COMMIT
END
iptables-save -c
ip6tables-save -c
