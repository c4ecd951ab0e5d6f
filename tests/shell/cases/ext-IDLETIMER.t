# IDLETIMER target (compat revision 1): timeout and label mandatory, --alarm
iptables -A INPUT -j IDLETIMER --timeout 42 --label foo
iptables -A INPUT -j IDLETIMER --timeout 42 --label bar --alarm
iptables -A INPUT -j IDLETIMER --timeout 0 --label baz
iptables -A INPUT -j IDLETIMER --timeout 4294967295 --label x1
iptables -A INPUT -j IDLETIMER --timeout 4294967296 --label x2
iptables -A INPUT -j IDLETIMER --timeout 42
iptables -A INPUT -j IDLETIMER --label x3
iptables -A INPUT -j IDLETIMER --timeout 1 --label 123456789012345678901234567890
iptables -A INPUT -j IDLETIMER --timeout 1 --label "a b"
iptables -A INPUT -j IDLETIMER --timeout 1 --label ""
iptables -A INPUT -j IDLETIMER --timeout 5 --label foo
iptables -S
iptables -L
iptables -S
iptables -L
iptables -A INPUT -j IDLETIMER --timeout 1 --timeout 2 --label a
iptables -A INPUT -j IDLETIMER --timeout 1 --label a --alarm --alarm
iptables -A INPUT -j IDLETIMER --timeout x --label a
iptables -A INPUT -j IDLETIMER ! --timeout 1 --label a
iptables -t mangle -A PREROUTING -j IDLETIMER --timeout 60 --label mg --alarm
iptables-save
iptables -L -n -v
iptables -C INPUT -j IDLETIMER --timeout 42 --label foo
iptables -C INPUT -j IDLETIMER --timeout 42 --label bar
iptables -D INPUT -j IDLETIMER --timeout 42 --label bar --alarm
iptables -D INPUT -j IDLETIMER --label 123456789012345678901234567xyz --timeout 1
iptables -S INPUT
ip6tables -A OUTPUT -j IDLETIMER --timeout 7 --label six
ip6tables -A OUTPUT -j IDLETIMER --timeout 8 --label six --alarm
ip6tables -S
ip6tables -L
iptables -j IDLETIMER -h
