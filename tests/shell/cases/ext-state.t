# state match: the conntrack alias, state names, errors
iptables -A INPUT -m state
iptables -A INPUT -m state --state foo
iptables -A INPUT -m state --state foo,NEW
iptables -A INPUT -m state --state ,NEW
iptables -A INPUT -m state --state NEW,
iptables -A INPUT -m state --state NEW,foo
iptables -A INPUT -m state ! --state SNAT,DNAT
iptables -A INPUT -m state --state NEW --state NEW
iptables -A INPUT -m state --ctstate NEW
iptables -A INPUT -m state --state NEW,ESTABLISHED -j ACCEPT
iptables -A INPUT -m state ! --state INVALID
iptables -A INPUT -m state --state n,i
iptables -A INPUT -m state --state est
iptables -A INPUT -m state --state INVALID,NEW,ESTABLISHED,RELATED,UNTRACKED
iptables -A INPUT -m state --state UNTRACKED -m conntrack --ctstate UNTRACKED
iptables -A INPUT -m conntrack --ctstate NEW -m state --state NEW
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m state --state ESTABLISHED,NEW -j ACCEPT
iptables -C INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT
iptables -D INPUT -m conntrack ! --ctstate INVALID
iptables -D INPUT -m state ! --state INVALID
iptables -D INPUT -m state --state UNTRACKED -m conntrack --ctstate UNTRACKED
iptables -S INPUT
ip6tables -A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
ip6tables -A OUTPUT -m state ! --state NEW
ip6tables -A INPUT -m state
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
ip6tables -C OUTPUT -m state ! --state NEW
ip6tables -S
