# Bad input catalogue: chain and target names: over the kernel's limit
# (28 characters is the longest iptables takes, 29-31 fit the kernel's
# 32 bytes), starting with "-" or "!", builtin and target names, odd
# characters.  Only the valid ones change the kernel.
iptables -A INPUT -s 192.0.2.1 -p tcp --dport 22 -j ACCEPT
iptables -N KEEP
iptables -A KEEP -m comment --comment keep -j RETURN
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -A INPUT -s 2001:db8::1 -j DROP
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -N CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -E KEEP CCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -E KEEP CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -E CCCCCCCCCCCCCCCCCCCCCCCCCCCCC X
iptables -A CCCCCCCCCCCCCCCCCCCCCCCCCCCCC -j ACCEPT
iptables -A INPUT -j CCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -A INPUT -j CCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -A INPUT -g CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
iptables -A CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC -j ACCEPT
iptables -N -x
iptables -N --
iptables -N !x
iptables -N "!"
iptables -N ""
iptables -N " "
iptables -N "a b"
iptables -N a/b
iptables -N a.b
iptables -N 123
iptables -N ACCEPT
iptables -N DROP
iptables -N RETURN
iptables -N QUEUE
iptables -N INPUT
iptables -N FORWARD
iptables -N PREROUTING
iptables -t nat -N PREROUTING
iptables -N LOG
iptables -N REJECT
iptables -N DNAT
iptables -N mark
iptables -N tcp
iptables -N NOSUCHTARGETNAME
iptables -E KEEP ACCEPT
iptables -E KEEP -x
iptables -E KEEP !x
iptables -E KEEP LOG
iptables -E KEEP INPUT
iptables -E KEEP ""
iptables -A INPUT -j !KEEP
iptables -A INPUT -j -KEEP
iptables -A INPUT -j "KE EP"
iptables -A INPUT -g ACCEPT
iptables -A INPUT -g INPUT
iptables -A INPUT -j INPUT
iptables -A INPUT -j OUTPUT
iptables -A INPUT -j KEEP2
iptables -A KEEP -j KEEP
iptables -S
iptables -L -n
iptables-save -c
# words starting with "!" are not taken as positional arguments
iptables -E KEEP !x
iptables -P INPUT !DROP
iptables -D INPUT !1
iptables -R INPUT !1
iptables -L INPUT !1
iptables -A INPUT -c 1 !2
iptables -A INPUT -p tcp --tcp-flags SYN !SYN
# a missing jump target is found before the rule's chain or position
iptables -A NOSUCH -j NOSUCH2
iptables -I INPUT 99 -j NOSUCH2
iptables -R INPUT 99 -j NOSUCH2
iptables -D INPUT -j NOSUCH2
iptables -C INPUT -j NOSUCH2
iptables -t nat -A NOSUCH -g NOSUCH2
iptables-save -c
# -E looks at the new name first
iptables -E NOSUCH INPUT
iptables -E NOSUCH 123
iptables -t nat -E NOSUCH PREROUTING
