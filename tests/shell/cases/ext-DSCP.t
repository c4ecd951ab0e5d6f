# DSCP target: --set-dscp, --set-dscp-class (prefix match), -L forms
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 0
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 63
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 0x20
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 64
iptables -t mangle -A OUTPUT -j DSCP --set-dscp x
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class EF
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class af41
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class cs7
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class be
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class foo
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class 10
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 1 --set-dscp-class EF
iptables -t mangle -A OUTPUT -j DSCP
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 1 --set-dscp 2
iptables -A OUTPUT -j DSCP --set-dscp 1
iptables -t mangle -S OUTPUT
iptables -t mangle -L OUTPUT
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -S POSTROUTING
iptables -t mangle -L POSTROUTING
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class EFX
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class cs3x
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class AF1
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class ""
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class af43
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class CS0
iptables -t mangle -A OUTPUT -j DSCP --set-dscp " 0x3f"
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class EF --set-dscp-class AF11
iptables -t mangle -A OUTPUT -j DSCP ! --set-dscp 1
iptables -t mangle -A OUTPUT -j DSCP --set-dscp-class EF --set-dscp 1
iptables -t mangle -L OUTPUT -n
iptables-save -t mangle
iptables -t mangle -C OUTPUT -j DSCP --set-dscp-class ef
iptables -t mangle -D OUTPUT -j DSCP --set-dscp 0x2e
iptables -t mangle -D OUTPUT -j DSCP --set-dscp-class ef
iptables -t mangle -S OUTPUT
ip6tables -t mangle -A OUTPUT -j DSCP --set-dscp-class CS6
ip6tables -t mangle -A FORWARD -j DSCP --set-dscp 10
ip6tables -A INPUT -j DSCP --set-dscp 10
ip6tables -t mangle -S
ip6tables -t mangle -L
ip6tables -t mangle -D FORWARD -j DSCP --set-dscp 0xa
iptables -j DSCP -h
