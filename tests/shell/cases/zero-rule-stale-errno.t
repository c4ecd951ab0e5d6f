# -Z CHAIN N of a chain that does not exist, in a table whose rules use an
# extension iptables-nft loads as a compat match or target (REJECT,
# iprange): 1.8.9 reports the errno its extension probing left behind,
# "Incompatible with this kernel."; with no such rule, as iptnft always,
# "Bad rule (does a matching rule exist in that chain?)."  Exit 1 either
# way (XFAIL, diff mode: a stale errno not copied)
iptables -Z NOPE 1
iptables -A OUTPUT -m iprange --src-range 1.1.1.1-1.1.1.9 -j REJECT
iptables -Z NOPE 1
iptables -Z NOPE
