# comment match: the text, quoting in save, -L form, limits and errors
iptables -A INPUT -m comment
iptables -A INPUT -m comment --comment
iptables -A INPUT -m comment --comment "a b" --comment c
iptables -A INPUT -m comment ! --comment x
iptables -A INPUT -m comment --comment "hello world" -j ACCEPT
iptables -A INPUT -m comment --comment 'with "quote"'
iptables -A INPUT -m comment --comment 'back\slash'
iptables -A INPUT -m comment --comment ''
iptables -A INPUT -m comment --comment "*/ end"
iptables -A INPUT -m comment --comment "single'q"
iptables -A INPUT -m comment --comment "tab	x"
iptables -A INPUT -p tcp -m comment --comment foo -m tcp --dport 22
iptables -A INPUT -p tcp --dport 22 -m comment --comment foo
iptables -A INPUT -m comment --comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
iptables -A INPUT -m comment --comment yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyz
iptables -A INPUT -m comment --comm abbrev
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables -C INPUT -m comment --comment "hello world" -j ACCEPT
iptables -C INPUT -m comment --comment "hello world"
iptables -D INPUT -m comment --comment "hello" -j ACCEPT
iptables -D INPUT -m comment --comment "hello world" -j ACCEPT
iptables -D INPUT -m comment --comment 'with "quote"'
iptables -S INPUT
ip6tables -A INPUT -m comment --comment "v6 rule" -j DROP
ip6tables -A OUTPUT -m comment --comment v6
ip6tables -A OUTPUT -m comment
ip6tables -S
ip6tables -L -n
ip6tables-save
ip6tables -D INPUT -m comment --comment "v6 rule" -j DROP
ip6tables -C OUTPUT -m comment --comment v6
ip6tables -S
