# SECMARK target: --selctx mandatory; without SELinux the kernel refuses it
iptables -t mangle -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t security -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
iptables -t mangle -A INPUT -j SECMARK
iptables -t mangle -A INPUT -j SECMARK --selctx a --selctx b
iptables -t mangle -A INPUT -j SECMARK ! --selctx a
iptables -A INPUT -j SECMARK --selctx a
iptables -t security -A OUTPUT -j SECMARK --selctx ""
iptables-restore <<X
*security
-A INPUT -j CONNSECMARK --save
-A INPUT -j SECMARK --selctx x
COMMIT
X
iptables -t security -S
iptables-save
ip6tables -t security -A INPUT -j SECMARK --selctx system_u:object_r:ssh_packet_t:s0
ip6tables -t security -S
iptables -j SECMARK -h
