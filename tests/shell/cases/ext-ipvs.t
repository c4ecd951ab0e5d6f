# ipvs match: this kernel has no xt_ipvs: the warning at load, option errors, the kernel's ENOENT (commands and restore)
iptables -A INPUT -m ipvs --ipvs
iptables -A INPUT -m ipvs --vproto foo
iptables -A INPUT -m ipvs --vaddr 1.2.3.4/33
iptables -A INPUT -m ipvs --vport foo
iptables -A INPUT -m ipvs --vdir foo
iptables -A INPUT -m ipvs --vmethod foo
iptables -A INPUT -m ipvs ! --vdir ORIGINAL
iptables -A INPUT -m ipvs --ipvs --ipvs
iptables -A INPUT -m ipvs
iptables -A INPUT -m ipvs -h
ip6tables -A INPUT -m ipvs --vaddr 2001:db8::1
iptables -A INPUT -m ipvs --vproto tcp --vaddr 10.0.0.1/24 --vport http --vdir REPLY --vmethod GATE ! --vportctl 21
iptables -A INPUT -m ipvs ! --ipvs --vport 22
iptables -I INPUT -m ipvs --ipvs -j ACCEPT
iptables -C INPUT -m ipvs --ipvs
iptables -D INPUT -m ipvs --ipvs
iptables -S
ip6tables -A INPUT -m ipvs ! --vaddr 2001:db8::/64
ip6tables -A INPUT -m ipvs --vaddr 1.2.3.4
ip6tables -S
iptables-restore --test <<EOF
*filter
-A INPUT -m ipvs --ipvs
COMMIT
EOF
iptables-restore <<EOF
*filter
-A INPUT -m ipvs --vdir foo
COMMIT
EOF
iptables-save
