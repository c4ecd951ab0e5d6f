# ULOG target (compat, IPv4): the kernel has no ipt_ULOG, so iptables warns
# at -j ULOG, checks the options, and the kernel refuses the rule
iptables -A INPUT -j ULOG
iptables -A INPUT -j ULOG --ulog-nlgroup 32 --ulog-prefix "a b" --ulog-cprange 100 --ulog-qthreshold 50
iptables -A INPUT -j ULOG --ulog-nlgroup 0
iptables -A INPUT -j ULOG --ulog-nlgroup 33
iptables -A INPUT -j ULOG --ulog-nlgroup x
iptables -A INPUT -j ULOG --ulog-prefix 123456789012345678901234567890123
iptables -A INPUT -j ULOG --ulog-prefix ""
iptables -A INPUT -j ULOG --ulog-cprange x
iptables -A INPUT -j ULOG --ulog-cprange -1
iptables -A INPUT -j ULOG --ulog-qthreshold 51
iptables -A INPUT -j ULOG --ulog-qthreshold 0
iptables -A INPUT -j ULOG --ulog-nlgroup 1 --ulog-nlgroup 2
iptables -A INPUT -j ULOG ! --ulog-nlgroup 1
iptables -A INPUT -j ULOG --ulog-foo
ip6tables -A INPUT -j ULOG
iptables-restore <<EOF
*filter
-A INPUT -j ULOG --ulog-prefix x
COMMIT
EOF
iptables -S
iptables -j ULOG -h
