# -N, -X, -E on user-defined chains
iptables -N zeta
iptables -N ALPHA
iptables -N middle
iptables -N beta
iptables -N Zed
iptables -N _under
iptables -N 10
iptables -S
iptables -L -n
iptables-save
iptables -N zeta
iptables -N INPUT
iptables -A INPUT -j zeta
iptables -A zeta -j ALPHA
iptables -A ALPHA -j DROP
# referenced, non-empty, builtin, missing
iptables -X zeta
iptables -X ALPHA
iptables -X INPUT
iptables -X NOPE
iptables -X middle
iptables --delete-chain beta
iptables -S
# -X without a chain deletes every empty, unreferenced user chain
iptables -N e1
iptables -N e2
iptables -X
iptables -S
iptables -F
iptables -X
iptables -S
iptables -N a -N b
iptables --new-chain c
iptables -X c d
iptables -S
