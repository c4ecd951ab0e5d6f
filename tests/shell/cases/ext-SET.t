# SET target (compat revision 3); without ipset sets only the checks made
# before and at the set lookup can be compared here (interop with real
# sets was checked by hand with ipset)
iptables -A INPUT -j SET --add-set nope src
iptables -A INPUT -j SET --del-set nope dst,src
iptables -A INPUT -j SET --map-set nope src --map-mark
iptables -A INPUT -j SET --add-set foo
iptables -A INPUT -j SET --add-set foo -p tcp
iptables -A INPUT -j SET --add-set foo ! src
iptables -A INPUT -j SET --add-set 1234567890123456789012345678901234 src
iptables -A INPUT -j SET
iptables -A INPUT -j SET --exist
iptables -A INPUT -j SET --timeout 5
iptables -A INPUT -j SET --timeout 4294967295 --add-set nope src
iptables -A INPUT -j SET --timeout x
iptables -A INPUT -j SET --map-mark --map-prio
iptables -A INPUT -j SET --exist --exist --map-queue
iptables -A INPUT -j SET --add
iptables-restore --test <<X
*filter
-A INPUT -j SET --add-set nope src
COMMIT
X
ip6tables -A INPUT -j SET --add-set nope src
ip6tables -A INPUT -j SET --del-set x
iptables -S
iptables -j SET -h
